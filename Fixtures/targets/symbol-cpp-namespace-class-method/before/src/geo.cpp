#include <cmath>
#include <vector>

namespace geo {

struct Point {
    double x, y;
};

class Polygon {
public:
    explicit Polygon(std::vector<Point> pts) : pts_(std::move(pts)) {}

    double perimeter() const {
        double total = 0;
        for (size_t i = 0; i < pts_.size(); ++i) {
            const Point& a = pts_[i];
            const Point& b = pts_[(i + 1) % pts_.size()];
            total += std::hypot(b.x - a.x, b.y - a.y);
        }
        return total;
    }

private:
    std::vector<Point> pts_;
};

template <typename T>
T clamp(T v, T lo, T hi) {
    return v < lo ? lo : (v > hi ? hi : v);
}

}  // namespace geo
