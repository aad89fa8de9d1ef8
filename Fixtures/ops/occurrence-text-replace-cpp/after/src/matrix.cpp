#include <cassert>

#include "matrix.h"

namespace linalg {

Matrix::Matrix(int rows, int cols)
    : rows_(rows), cols_(cols), data_(rows * cols, 0.0) {}

double Matrix::at(int r, int c) const {
    return data_[r * cols_ + c];
}

double& Matrix::at(int r, int c) {
    assert(r < rows_ && c < cols_);
    return data_[r * cols_ + c];
}

}  // namespace linalg
