#pragma once
// How each person takes part: in the room, by video, on the phone (issue 24),
// and the words for it that the console, the wall and the record share.

#include "domain/conference.hpp"

#include <optional>
#include <string>

namespace cpc {

// How they take part at `at`; nullopt when they are not present. An attendee
// with no times recorded was in the room.
std::optional<PresenceMode> presentHow(const Participant& p, DateTime at);

// "in the room", "by video", "on the phone": the words after a name.
std::string howWords(PresenceMode mode);

// Whether a person's agency is worth saying: professionals', not the family's
// or a supporter's.
bool showsAgency(const Participant& p);
// "Social worker, Children's Services", "Parent": what they are in the
// meeting, as "who is here" says it on the wall and in the read-back.
std::string roleWords(const Participant& p);

// How they took part over the meeting, for the record's attendance:
// "on the phone", "by video, then on the phone"; empty when all in the room.
std::string tookPartHow(const Participant& p);

// "Taking part: 9 of 16 people, 6 in the room, 2 on the phone and 1 by
// video." ("..., all in the room." when no one is on a call.)
std::string takingPartWords(const Conference& c, DateTime at);

// A family member on a call who has not been asked whether they can speak
// without being overheard: the console asks the chair to ask.
bool needsPrivacyCheck(const Participant& p, DateTime at);

// "can speak without being overheard", "cannot speak without being
// overheard", "not answered yet".
std::string privacyAnswerWords(const PrivacyCheck& check);

// What the guidance offers someone who cannot speak privately.
std::string_view privacyOffer();

} // namespace cpc
