#include <map>
#include <string>
#include <vector>

class Registry {
public:
    void add(const std::string &name, int id) {
        ids_[name].push_back(id);
    }

    [[nodiscard]] std::size_t size() const { return ids_.size(); }

private:
    std::map<std::string, std::vector<int>> ids_;
};
