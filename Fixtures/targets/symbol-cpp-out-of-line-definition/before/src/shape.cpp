#include "shape.h"

namespace geo {

double Circle::area() const {
    return 3.14159 * r_ * r_;
}

double Circle::circumference() const {
    return 2 * 3.14159 * r_;
}

}  // namespace geo
