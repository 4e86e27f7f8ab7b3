#pragma once

#include <string_view>

namespace cdk::detail {

/// Orders UTF-8 strings like JavaScript's `a.localeCompare(b)` in Node's default ICU locale
/// (root collation, tertiary strength), for ASCII and the Latin-1 letters:
/// - primary: punctuation before digits before letters, letters case-blind, and an accented
///   Latin-1 letter weighs as its base letter (Ä as A, ß as ss, Æ as ae);
/// - secondary (only if all primaries tie): no accent before an accent;
/// - tertiary (only if those tie too): lower case before upper case.
/// Other characters sort after the letters by code point, an approximation of ICU.
/// aws-cdk-lib sorts DependsOn by construct path and tags by key this way.
int locale_compare(std::string_view a, std::string_view b);

/// The same order computed through collation elements for any input: locale_compare takes a
/// shortcut for ASCII, which the tests check against this.
int locale_compare_general(std::string_view a, std::string_view b);

/// locale_compare(a, b) < 0, for std::sort.
inline bool locale_less(std::string_view a, std::string_view b) { return locale_compare(a, b) < 0; }

}  // namespace cdk::detail
