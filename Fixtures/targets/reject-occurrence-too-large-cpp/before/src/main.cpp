#include <iostream>

int main() {
    std::cout << "start" << std::endl;
    std::cout << "stop" << std::endl;
    return 0;
}
