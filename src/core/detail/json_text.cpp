#include "core/detail/json_text.hpp"

#include <algorithm>
#include <charconv>

namespace cdk::detail {
namespace {

using Json = nlohmann::ordered_json;

std::string nlohmann_text(const Json& value) { return value.dump(-1, ' ', false, Json::error_handler_t::replace); }

template <typename Integer>
void append_integer(std::string& out, Integer number) {
  char buffer[24];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, number);
  out.append(buffer, result.ptr);
}

class Writer {
 public:
  Writer(std::string& out, int indent) : out_(out), indent_(indent) {}

  void write(const Json& value, int depth) {
    switch (value.type()) {
      case Json::value_t::object:
        write_object(value, depth);
        break;
      case Json::value_t::array:
        write_array(value, depth);
        break;
      case Json::value_t::string:
        append_json_string(out_, value.get_ref<const std::string&>());
        break;
      case Json::value_t::number_integer:
        append_integer(out_, value.get<std::int64_t>());
        break;
      case Json::value_t::number_unsigned:
        append_integer(out_, value.get<std::uint64_t>());
        break;
      case Json::value_t::boolean:
        out_ += value.get<bool>() ? "true" : "false";
        break;
      case Json::value_t::null:
        out_ += "null";
        break;
      default:  // floating-point numbers (nlohmann's shortest form), binary, discarded
        out_ += nlohmann_text(value);
        break;
    }
  }

 private:
  void new_line(int depth) {
    if (indent_ < 0) return;
    out_ += '\n';
    out_.append(static_cast<std::size_t>(indent_ * depth), ' ');
  }

  void write_object(const Json& object, int depth) {
    if (object.empty()) {
      out_ += "{}";
      return;
    }
    out_ += '{';
    bool first = true;
    for (auto it = object.begin(); it != object.end(); ++it) {
      if (!first) out_ += ',';
      first = false;
      new_line(depth + 1);
      append_json_string(out_, it.key());
      out_ += indent_ < 0 ? ":" : ": ";
      write(it.value(), depth + 1);
    }
    new_line(depth);
    out_ += '}';
  }

  void write_array(const Json& array, int depth) {
    if (array.empty()) {
      out_ += "[]";
      return;
    }
    out_ += '[';
    bool first = true;
    for (const auto& element : array) {
      if (!first) out_ += ',';
      first = false;
      new_line(depth + 1);
      write(element, depth + 1);
    }
    new_line(depth);
    out_ += ']';
  }

  std::string& out_;
  int indent_;
};

}  // namespace

void append_json_string(std::string& out, std::string_view text) {
  // Ids, keys and most values are printable ASCII, written as they are.
  const bool plain = std::all_of(text.begin(), text.end(), [](char c) {
    return c >= 0x20 && c < 0x7F && c != '"' && c != '\\';
  });
  if (!plain) {
    out += nlohmann_text(Json(std::string(text)));
    return;
  }
  out += '"';
  out += text;
  out += '"';
}

std::string to_json_text(const Json& value, int indent) {
  std::string out;
  Writer(out, indent).write(value, 0);
  return out;
}

}  // namespace cdk::detail
