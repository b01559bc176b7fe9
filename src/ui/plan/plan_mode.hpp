#pragma once
// What kind of plan the decisions call for, and which of the last plan's
// actions a review marks: one answer for the console's plan editor and the
// projector's plan page, so the wall never says what the console does not.

#include "domain/conference.hpp"

namespace cpc::ui::plan {

enum class Mode {
    ChildProtection, // a decision is a plan, or none is decided yet
    ChildInNeed,     // no child protection plan; a Child in Need plan instead
    NoPlan,          // every decision is no further action
};

// One child's decision: a plan (or not decided yet), a Child in Need plan
// (ending a plan often leaves one), or no further action.
Mode modeOf(const Decision& d);
// The conference's: a child protection plan when any child is on one (or
// not yet decided), else a Child in Need plan when any child has one.
Mode modeOf(const Conference& c);
// The mode that applies to one child: its decision's, or the conference's
// when the child has no decision.
Mode modeOfChild(const Conference& c, const Id& child);

// A review conference, whose carried-over actions are marked done or not.
// `previous` is the conference it reviews, when that one is at hand.
bool atReview(const Conference& c, const Conference* previous);
// An action the last conference agreed, carried over to this review.
bool carriedOver(const Conference& c, const Conference* previous, const Action& a);

} // namespace cpc::ui::plan
