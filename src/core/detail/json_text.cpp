#include "core/detail/json_text.hpp"

#include <array>
#include <charconv>
#include <cstdint>
#include <cstring>

namespace cdk::detail {
namespace {

using Json = nlohmann::ordered_json;

std::string nlohmann_text(const Json& value) { return value.dump(-1, ' ', false, Json::error_handler_t::replace); }

// The bytes written as they are: printable ASCII but the quote and the backslash.
constexpr auto kPlainByte = [] {
  std::array<bool, 256> plain{};
  for (int c = 0x20; c < 0x7F; ++c) plain[static_cast<std::size_t>(c)] = c != '"' && c != '\\';
  return plain;
}();

// True if no byte needs escaping or is outside printable ASCII (0x20..0x7E, neither '"' nor
// '\\'). Eight bytes are checked at a time (the tests of "Bit Twiddling Hacks": a byte below
// n, a byte above n, a zero byte), because this scan runs over every string of every file.
bool is_plain_ascii(std::string_view text) {
  constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
  constexpr std::uint64_t kHighBits = 0x8080808080808080ULL;
  const auto has_zero_byte = [](std::uint64_t word) { return ((word - kOnes) & ~word & kHighBits) != 0; };
  std::size_t i = 0;
  for (; i + 8 <= text.size(); i += 8) {
    std::uint64_t word;
    std::memcpy(&word, text.data() + i, sizeof word);
    const bool control = ((word - kOnes * 0x20) & ~word & kHighBits) != 0;  // a byte < 0x20
    const bool high = (((word + kOnes * (127 - 0x7E)) | word) & kHighBits) != 0;  // a byte > 0x7E
    if (control || high || has_zero_byte(word ^ (kOnes * '"')) || has_zero_byte(word ^ (kOnes * '\\'))) {
      return false;
    }
  }
  for (; i < text.size(); ++i) {
    if (!kPlainByte[static_cast<unsigned char>(text[i])]) return false;
  }
  return true;
}

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
    // One append of a prefix of "\n" and spaces: this runs once per member of every file.
    const auto width = static_cast<std::size_t>(indent_ * depth) + 1;
    if (width > line_start_.size()) line_start_.resize(width, ' ');
    out_.append(line_start_.data(), width);
  }

  void write_object(const Json& object, int depth) {
    write_members('{', '}', object.get_ref<const Json::object_t&>(), depth, [&](const auto& member) {
      append_json_string(out_, member.first);
      out_.append(indent_ < 0 ? std::string_view(":") : std::string_view(": "));
      write(member.second, depth + 1);
    });
  }

  void write_array(const Json& array, int depth) {
    write_members('[', ']', array.get_ref<const Json::array_t&>(), depth,
                  [&](const Json& element) { write(element, depth + 1); });
  }

  // The layout objects and arrays share: "{}" or "[]" when empty, else one member per line,
  // indented one level deeper, with commas between them.
  template <typename Members, typename WriteMember>
  void write_members(char open, char close, const Members& members, int depth, const WriteMember& write_member) {
    out_ += open;
    if (members.empty()) {
      out_ += close;
      return;
    }
    bool first = true;
    for (const auto& member : members) {
      if (!first) out_ += ',';
      first = false;
      new_line(depth + 1);
      write_member(member);
    }
    new_line(depth);
    out_ += close;
  }

  std::string& out_;
  int indent_;
  std::string line_start_ = "\n";
};

}  // namespace

void append_json_string(std::string& out, std::string_view text) {
  // Ids, keys and most values are printable ASCII, written as they are.
  if (!is_plain_ascii(text)) {
    out += nlohmann_text(Json(std::string(text)));
    return;
  }
  const std::size_t at = out.size();
  out.resize(at + text.size() + 2);
  char* quoted = out.data() + at;
  quoted[0] = '"';
  if (!text.empty()) std::memcpy(quoted + 1, text.data(), text.size());  // data() may be null
  quoted[text.size() + 1] = '"';
}

std::string to_json_text(const Json& value, int indent) {
  std::string out;
  Writer(out, indent).write(value, 0);
  return out;
}

void append_json_text(std::string& out, const Json& value, int indent, int depth) {
  Writer(out, indent).write(value, depth);
}

ContainerText::ContainerText(std::string& out, char open, char close, int indent, int depth)
    : out_(out), close_(close), indent_(indent), depth_(depth) {
  out_ += open;
}

std::size_t ContainerText::open_element() {
  // One append of a piece of ",\n" and spaces where it is long enough (every member of every
  // template comes here): three appends, one a fill, cost twice as much.
  static constexpr std::string_view kLineStart =
      ",\n                                                                ";
  const std::size_t start = out_.size();
  const std::size_t comma = kept_ > 0 ? 1 : 0;
  if (indent_ < 0) {
    out_.append(kLineStart.substr(0, comma));
    return start;
  }
  const auto spaces = static_cast<std::size_t>(indent_ * (depth_ + 1));
  if (spaces + 2 <= kLineStart.size()) {
    out_.append(kLineStart.substr(1 - comma, comma + 1 + spaces));
  } else {
    out_.append(kLineStart.substr(1 - comma, comma + 1));
    out_.append(spaces, ' ');
  }
  return start;
}

std::size_t ContainerText::open_member(std::string_view key) {
  const std::size_t start = open_element();
  append_json_string(out_, key);
  out_.append(indent_ < 0 ? std::string_view(":") : std::string_view(": "));
  return start;
}

void ContainerText::close_member(std::size_t start, bool keep) {
  if (keep) {
    ++kept_;
  } else {
    out_.resize(start);
  }
}

void ContainerText::string_member(std::string_view key, std::string_view value) {
  open_member(key);
  append_json_string(out_, value);
  ++kept_;
}

void ContainerText::literal_member(std::string_view key, std::string_view json) {
  open_member(key);
  out_ += json;
  ++kept_;
}

void ContainerText::json_member(std::string_view key, const Json& value) {
  open_member(key);
  append_json_text(out_, value, indent_, depth_ + 1);
  ++kept_;
}

ContainerText ContainerText::object_member(std::string_view key) {
  open_member(key);
  ++kept_;
  return ContainerText(out_, '{', '}', indent_, depth_ + 1);
}

ContainerText ContainerText::array_member(std::string_view key) {
  open_member(key);
  ++kept_;
  return ContainerText(out_, '[', ']', indent_, depth_ + 1);
}

void ContainerText::string_element(std::string_view value) {
  open_element();
  append_json_string(out_, value);
  ++kept_;
}

void ContainerText::close() {
  if (kept_ > 0 && indent_ >= 0) {
    out_ += '\n';
    out_.append(static_cast<std::size_t>(indent_ * depth_), ' ');
  }
  out_ += close_;
}

}  // namespace cdk::detail
