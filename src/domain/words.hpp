#pragma once
// The small pieces of English every screen and page builds its sentences
// from, written once.

#include <string>
#include <string_view>
#include <vector>

namespace cpc {

// "a", "a and b", "a, b and c"; empty for none.
std::string joinWithAnd(const std::vector<std::string>& parts);
// "Physical abuse" -> "physical abuse": a label inside a sentence.
std::string lowerFirst(std::string_view text);
// "1 working day", "3 working days".
std::string plural(long n, std::string_view one, std::string_view many);

} // namespace cpc
