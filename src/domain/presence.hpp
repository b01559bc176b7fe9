#pragma once
// Who was out of the room, and why: a parent asked to step out must not later
// read, in their copy of the record, what was said while they were out.

#include "domain/conference.hpp"

namespace cpc {

// True when, at `at`, the chair had asked this person to leave and they had
// not yet come back.
bool wasAskedToLeaveAt(const Participant& p, DateTime at);

// True when the item was said while a parent or carer had been asked to leave.
bool saidWhileFamilyAskedToLeave(const Conference& c, const Item& item);

} // namespace cpc
