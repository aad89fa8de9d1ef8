// greeter.cpp — greeting utilities for the astpatch samples.
#include <algorithm>
#include <iostream>
#include <string>
#include <utility>
#include <vector>

namespace greeting {

enum class Language { English, French, Spanish };

namespace detail {

std::string indent(const std::string &line, int depth)
{
    return std::string(static_cast<size_t>(depth) * 2, ' ') + "→ " + line;
}

} // namespace detail

class Greeter {
public:
    explicit Greeter(Language language, std::string punctuation = "!")
        : language_(language), punctuation_(std::move(punctuation)) {}

    std::string salutation() const
    {
        switch (language_) {
        case Language::French:
            return "Bonjour";
        case Language::Spanish:
            return "¡Hola";
        default:
            return "Hello";
        }
    }

    std::string greet(const std::string &name)
    {
        const std::string who = name.empty() ? "stranger" : name;
        std::string message = salutation() + ", " + who + punctuation_;
        history_.push_back(message);
        return message;
    }

    std::vector<std::string> greetAll(const std::vector<std::string> &names)
    {
        std::vector<std::string> out;
        out.reserve(names.size());
        for (const auto &name : names) {
            out.push_back(detail::indent(greet(name), 1));
        }
        return out;
    }

private:
    Language language_;
    std::string punctuation_;
    std::vector<std::string> history_;
};

std::string joinLines(const std::vector<std::string> &lines)
{
    std::string joined;
    for (const auto &line : lines) {
        if (!joined.empty()) {
            joined += '\n';
        }
        joined += line;
    }
    return joined;
}

} // namespace greeting

int main()
{
    greeting::Greeter greeter(greeting::Language::French);
    std::vector<std::string> names = {"Zoë", "café regulars", "Renée"};
    std::sort(names.begin(), names.end());
    std::cout << greeting::joinLines(greeter.greetAll(names)) << std::endl;
    return 0;
}
