#include <cdk/core/stack.hpp>
#include <cdk/events/input.hpp>
#include <cdk/events/rule.hpp>

namespace cdk::events {

RuleTargetInput RuleTargetInput::from_object(nlohmann::ordered_json object) {
  return {Kind::object, std::move(object)};
}

RuleTargetInput RuleTargetInput::from_text(std::string text) {
  return {Kind::text, std::move(text)};
}

RuleTargetInput RuleTargetInput::from_multiline_text(std::string text) {
  return {Kind::multiline_text, std::move(text)};
}

RuleTargetInput RuleTargetInput::from_event_path(std::string path) {
  return {Kind::event_path, std::move(path)};
}

RuleTargetInputProperties RuleTargetInput::bind(const IRule& rule) const {
  const Stack& stack = Stack::of(rule);
  switch (kind_) {
    case Kind::object:
    case Kind::text:
      return {.input = stack.to_json_string(value_)};
    case Kind::multiline_text: {
      // Each line becomes its own JSON string literal; the lines stay separated by newlines.
      const auto& text = value_.get_ref<const std::string&>();
      std::string input;
      std::size_t start = 0;
      while (true) {
        const auto end = text.find('\n', start);
        input += stack.to_json_string(nlohmann::ordered_json(text.substr(start, end - start)));
        if (end == std::string::npos) break;
        input += '\n';
        start = end + 1;
      }
      return {.input = input};
    }
    case Kind::event_path:
      return {.input_path = value_.get<std::string>()};
  }
  return {};
}

}  // namespace cdk::events
