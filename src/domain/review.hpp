#pragma once
// Starting the review conference from a concluded one: the same children,
// people, core group and plan, linked back, so scaling can compare with last
// time and each action can be marked done, in progress or not done.

#include "domain/conference.hpp"

namespace cpc {

// The review of `concluded`, scheduled on its plan's review date (10:00) when
// there is one. Attendance starts again at "invited"; the board, scaling and
// decisions start empty; actions keep their owners and dates with progress
// "not started". `concluded.id` must be its stored id.
Conference startReview(const Conference& concluded);
// When that review is scheduled: its plan's review date at 10:00, when there is one.
std::optional<DateTime> reviewStart(const Conference& concluded);

// A review conference, whose carried-over actions are marked done or not.
// `previous` is the conference it reviews, when that one is at hand.
bool atReview(const Conference& c, const Conference* previous);
// An action the last conference agreed, carried over to this review.
bool carriedOver(const Conference& c, const Conference* previous, const Action& a);

} // namespace cpc
