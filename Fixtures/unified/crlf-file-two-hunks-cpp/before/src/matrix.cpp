#include "matrix.hpp"

#include <stdexcept>

namespace linalg {

Matrix::Matrix(std::size_t rows, std::size_t cols)
    : rows_(rows), cols_(cols), data_(rows * cols, 0.0) {}

double& Matrix::at(std::size_t r, std::size_t c) {
    return data_[r * cols_ + c];
}

Matrix Matrix::operator*(const Matrix& other) const {
    if (cols_ != other.rows_) {
        throw std::invalid_argument("shape mismatch");
    }
    Matrix out(rows_, other.cols_);
    for (std::size_t i = 0; i < rows_; ++i) {
        for (std::size_t j = 0; j < other.cols_; ++j) {
            double sum = 0.0;
            for (std::size_t k = 0; k < cols_; ++k) {
                sum += data_[i * cols_ + k] * other.data_[k * other.cols_ + j];
            }
            out.data_[i * other.cols_ + j] = sum;
        }
    }
    return out;
}

}  // namespace linalg
