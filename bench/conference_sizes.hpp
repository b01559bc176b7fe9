#pragma once
// The conferences the benchmarks measure, by size:
//   S  the sample (assets/sample-conference.json), 35 items;
//   L  4 children, 300 board items, 40 actions: a long, busy conference;
//   XL 3,000 items, 400 actions: far beyond any real one.
// Words of every length and names from several languages.

#include "domain/conference.hpp"

#include <string>

namespace cpc::bench {

enum class Size { S, L, XL };
inline constexpr Size sizes[] = {Size::S, Size::L, Size::XL};

const char* name(Size s);
Conference conferenceOf(Size s);

} // namespace cpc::bench
