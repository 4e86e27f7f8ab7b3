#include "diff_script.hpp"

#include <algorithm>
#include <cstddef>
#include <limits>
#include <vector>

// The algorithm follows GNU diff (analyze.c and gnulib's diffseq.h) step by step, so that a golden
// mismatch reads exactly like the `diff -u`/`git diff` output reviewers already know: where
// several minimal diffs exist, the same one is chosen.
namespace cdk::test::detail {
namespace {

using Index = std::ptrdiff_t;

// The lines of one file that take part in the Myers search, with their positions in the file.
struct Kept {
  std::vector<int> equivs;
  std::vector<Index> real_index;
};

// GNU's discard_confusing_lines: a line with no match in the other file is a change for sure, so
// it is marked changed up front and left out of the search. Lines matching very often are left out
// only inside runs of such lines. This steers which of several minimal diffs is chosen, the same
// way diff does.
std::vector<char> find_discards(
    const int* equivs, Index end, const std::vector<Index>& other_counts) {
  std::vector<char> discards(static_cast<std::size_t>(end), 0);
  char* d = discards.data();
  Index many = 5;
  for (Index tem = end / 64; (tem >>= 2) > 0;) many *= 2;
  for (Index i = 0; i < end; ++i) {
    const Index nmatch = other_counts[static_cast<std::size_t>(equivs[i])];
    if (nmatch == 0) {
      d[i] = 1;
    } else if (nmatch > many) {
      d[i] = 2;
    }
  }
  for (Index i = 0; i < end; ++i) {
    if (d[i] == 2) {
      d[i] = 0;
      continue;
    }
    if (d[i] == 0) continue;
    Index j = i;
    Index provisional = 0;
    for (; j < end && d[j] != 0; ++j) {
      if (d[j] == 2) ++provisional;
    }
    while (j > i && d[j - 1] == 2) {
      d[--j] = 0;
      --provisional;
    }
    const Index length = j - i;
    if (provisional * 4 > length) {
      while (j > i) {
        if (d[--j] == 2) d[j] = 0;
      }
      continue;
    }
    Index minimum = 1;
    for (Index tem = length / 4; (tem >>= 2) > 0;) minimum *= 2;
    ++minimum;
    Index consec = 0;
    for (j = 0; j < length; ++j) {
      if (d[i + j] != 2) {
        consec = 0;
      } else if (minimum == ++consec) {
        j -= consec;
      } else if (minimum < consec) {
        d[i + j] = 0;
      }
    }
    consec = 0;
    for (j = 0; j < length; ++j) {
      if (j >= 8 && d[i + j] == 1) break;
      if (d[i + j] == 2) {
        consec = 0;
        d[i + j] = 0;
      } else if (d[i + j] == 0) {
        consec = 0;
      } else {
        ++consec;
      }
      if (consec == 3) break;
    }
    i += length - 1;
    consec = 0;
    for (j = 0; j < length; ++j) {
      if (j >= 8 && d[i - j] == 1) break;
      if (d[i - j] == 2) {
        consec = 0;
        d[i - j] = 0;
      } else if (d[i - j] == 0) {
        consec = 0;
      } else {
        ++consec;
      }
      if (consec == 3) break;
    }
  }
  return discards;
}

Kept keep_lines(const int* equivs, Index end, const std::vector<char>& discards, char* changed) {
  Kept kept;
  for (Index i = 0; i < end; ++i) {
    if (discards[static_cast<std::size_t>(i)] == 0) {
      kept.equivs.push_back(equivs[i]);
      kept.real_index.push_back(i);
    } else {
      changed[i] = 1;
    }
  }
  return kept;
}

std::vector<Index> count_classes(const int* equivs, Index end, std::size_t classes) {
  std::vector<Index> counts(classes, 0);
  for (Index i = 0; i < end; ++i) ++counts[static_cast<std::size_t>(equivs[i])];
  return counts;
}

// Linear-space Myers: find the middle snake, recurse on both halves. Memory is O(N+M), so
// 3000-line templates that differ everywhere stay cheap; only the changed[] flags are kept.
class Myers {
 public:
  Myers(const Kept& x, const Kept& y, char* changed_x, char* changed_y)
      : xv_(x.equivs.data()),
        yv_(y.equivs.data()),
        real_x_(x.real_index.data()),
        real_y_(y.real_index.data()),
        changed_x_(changed_x),
        changed_y_(changed_y),
        fdiag_(x.equivs.size() + y.equivs.size() + 3),
        bdiag_(x.equivs.size() + y.equivs.size() + 3),
        fd_(fdiag_.data() + y.equivs.size() + 1),
        bd_(bdiag_.data() + y.equivs.size() + 1) {}

  void compare(Index xoff, Index xlim, Index yoff, Index ylim) {
    while (xoff < xlim && yoff < ylim && xv_[xoff] == yv_[yoff]) {
      ++xoff;
      ++yoff;
    }
    while (xoff < xlim && yoff < ylim && xv_[xlim - 1] == yv_[ylim - 1]) {
      --xlim;
      --ylim;
    }
    if (xoff == xlim) {
      while (yoff < ylim) changed_y_[real_y_[yoff++]] = 1;
    } else if (yoff == ylim) {
      while (xoff < xlim) changed_x_[real_x_[xoff++]] = 1;
    } else {
      const auto [xmid, ymid] = middle_snake(xoff, xlim, yoff, ylim);
      compare(xoff, xmid, yoff, ymid);
      compare(xmid, xlim, ymid, ylim);
    }
  }

 private:
  struct Point {
    Index x;
    Index y;
  };

  // Same search order and tie-breaks as diffseq.h's diag(), so equal-cost paths match GNU's.
  Point middle_snake(Index xoff, Index xlim, Index yoff, Index ylim) {
    const Index dmin = xoff - ylim;
    const Index dmax = xlim - yoff;
    const Index fmid = xoff - yoff;
    const Index bmid = xlim - ylim;
    Index fmin = fmid, fmax = fmid, bmin = bmid, bmax = bmid;
    const bool odd = ((fmid - bmid) & 1) != 0;
    fd_[fmid] = xoff;
    bd_[bmid] = xlim;
    for (;;) {
      if (fmin > dmin) {
        fd_[--fmin - 1] = -1;
      } else {
        ++fmin;
      }
      if (fmax < dmax) {
        fd_[++fmax + 1] = -1;
      } else {
        --fmax;
      }
      for (Index d = fmax; d >= fmin; d -= 2) {
        const Index tlo = fd_[d - 1];
        const Index thi = fd_[d + 1];
        Index x = tlo < thi ? thi : tlo + 1;
        Index y = x - d;
        while (x < xlim && y < ylim && xv_[x] == yv_[y]) {
          ++x;
          ++y;
        }
        fd_[d] = x;
        if (odd && bmin <= d && d <= bmax && bd_[d] <= x) return {x, y};
      }
      if (bmin > dmin) {
        bd_[--bmin - 1] = kBeyond;
      } else {
        ++bmin;
      }
      if (bmax < dmax) {
        bd_[++bmax + 1] = kBeyond;
      } else {
        --bmax;
      }
      for (Index d = bmax; d >= bmin; d -= 2) {
        const Index tlo = bd_[d - 1];
        const Index thi = bd_[d + 1];
        Index x = tlo < thi ? tlo : thi - 1;
        Index y = x - d;
        while (xoff < x && yoff < y && xv_[x - 1] == yv_[y - 1]) {
          --x;
          --y;
        }
        bd_[d] = x;
        if (!odd && fmin <= d && d <= fmax && x <= fd_[d]) return {x, y};
      }
    }
  }

  static constexpr Index kBeyond = std::numeric_limits<Index>::max();

  const int* xv_;
  const int* yv_;
  const Index* real_x_;
  const Index* real_y_;
  char* changed_x_;
  char* changed_y_;
  std::vector<Index> fdiag_;
  std::vector<Index> bdiag_;
  Index* fd_;
  Index* bd_;
};

// GNU's shift_boundaries: slides each run of changes as far down as it goes (merging with
// neighbours), then back to line up with a run in the other file. Without it an inserted
// "},\n{" block in JSON can be reported one line off from what diff/git show.
// changed[-1] and changed[n] must be readable zeros.
void shift_boundaries(const int* equivs, Index i_end, char* changed, const char* other_changed) {
  Index i = 0;
  Index j = 0;
  for (;;) {
    while (i < i_end && !changed[i]) {
      while (other_changed[j++]) {
      }
      ++i;
    }
    if (i == i_end) return;
    Index start = i;
    while (changed[++i]) {
    }
    while (other_changed[j]) ++j;
    Index runlength = 0;
    Index corresponding = 0;
    do {
      runlength = i - start;
      while (start && equivs[start - 1] == equivs[i - 1]) {
        changed[--start] = 1;
        changed[--i] = 0;
        while (changed[start - 1]) --start;
        while (other_changed[--j]) {
        }
      }
      corresponding = other_changed[j - 1] ? i : i_end;
      while (i != i_end && equivs[start] == equivs[i]) {
        changed[start++] = 0;
        changed[i++] = 1;
        while (changed[i]) ++i;
        while (other_changed[++j]) corresponding = i;
      }
    } while (runlength != i - start);
    while (corresponding < i) {
      changed[--start] = 1;
      changed[--i] = 0;
      while (other_changed[--j]) {
      }
    }
  }
}

std::vector<Change> build_script(const char* changed0, Index n, const char* changed1, Index m) {
  std::vector<Change> script;
  Index i = 0;
  Index j = 0;
  while (i < n || j < m) {
    if (!changed0[i] && !changed1[j]) {
      ++i;
      ++j;
      continue;
    }
    Change change{i, j, 0, 0};
    while (changed0[i]) ++i;
    while (changed1[j]) ++j;
    change.deleted = i - change.line0;
    change.inserted = j - change.line1;
    script.push_back(change);
  }
  return script;
}

}  // namespace

std::vector<Change> diff_script(
    const std::vector<int>& a, const std::vector<int>& b, int classes, Index horizon) {
  const auto n = static_cast<Index>(a.size());
  const auto m = static_cast<Index>(b.size());
  // One spare slot on each side: the scans below read changed[-1] and changed[n].
  std::vector<char> changed_a(a.size() + 2, 0);
  std::vector<char> changed_b(b.size() + 2, 0);
  char* ca = changed_a.data() + 1;
  char* cb = changed_b.data() + 1;
  // Like diff, the search covers the lines between the identical first and last lines plus
  // `horizon` (= context) lines of each: the counts and shifts below see those lines too.
  const auto line_a = [&a](Index i) { return a[static_cast<std::size_t>(i)]; };
  const auto line_b = [&b](Index i) { return b[static_cast<std::size_t>(i)]; };
  Index prefix = 0;
  while (prefix < std::min(n, m) && line_a(prefix) == line_b(prefix)) ++prefix;
  prefix = std::max<Index>(prefix - horizon, 0);
  Index suffix = 0;
  while (suffix < std::min(n, m) - prefix && line_a(n - 1 - suffix) == line_b(m - 1 - suffix)) {
    ++suffix;
  }
  suffix = std::max<Index>(suffix - horizon, 0);
  const int* xa = a.data() + prefix;
  const int* xb = b.data() + prefix;
  const Index na = n - prefix - suffix;
  const Index nb = m - prefix - suffix;
  const auto class_count = static_cast<std::size_t>(classes);
  const auto kept_a =
      keep_lines(xa, na, find_discards(xa, na, count_classes(xb, nb, class_count)), ca + prefix);
  const auto kept_b =
      keep_lines(xb, nb, find_discards(xb, nb, count_classes(xa, na, class_count)), cb + prefix);
  Myers(kept_a, kept_b, ca + prefix, cb + prefix)
      .compare(
          0, static_cast<Index>(kept_a.equivs.size()), 0, static_cast<Index>(kept_b.equivs.size()));
  shift_boundaries(xa, na, ca + prefix, cb + prefix);
  shift_boundaries(xb, nb, cb + prefix, ca + prefix);
  return build_script(ca, n, cb, m);
}

}  // namespace cdk::test::detail
