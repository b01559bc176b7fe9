#include "domain/taking_part.hpp"

#include "domain/names.hpp"
#include "domain/words.hpp"

#include <vector>

namespace cpc {

std::optional<PresenceMode> presentHow(const Participant& p, DateTime at) {
    if (p.attendance != Attendance::Attended) return std::nullopt;
    if (p.presence.empty()) return PresenceMode::Room;
    for (const Presence& s : p.presence)
        if (s.from <= at && (!s.to || at < *s.to)) return s.mode;
    return std::nullopt;
}

std::string howWords(PresenceMode mode) {
    return lowerFirst(label(mode));
}

bool showsAgency(const Participant& p) {
    return !isFamily(p.role) && p.role != Role::Supporter && !p.agency.empty();
}

std::string roleWords(const Participant& p) {
    std::string role(label(p.role));
    if (showsAgency(p) && p.agency != role) role += ", " + p.agency; // not "Police, Police"
    return role;
}

std::string tookPartHow(const Participant& p) {
    std::vector<std::string> modes;
    bool remote = false;
    for (const Presence& s : p.presence) {
        remote = remote || s.mode != PresenceMode::Room;
        std::string words = howWords(s.mode);
        if (modes.empty() || modes.back() != words) modes.push_back(std::move(words));
    }
    if (!remote) return {};
    std::string out;
    for (const auto& words : modes)
        out += (out.empty() ? "" : ", then ") + words;
    return out;
}

std::string takingPartWords(const Conference& c, DateTime at) {
    std::vector<std::size_t> count(names<PresenceMode>().size());
    std::size_t present = 0;
    for (const Participant& p : c.participants)
        if (auto how = presentHow(p, at)) {
            ++count[static_cast<std::size_t>(*how)];
            ++present;
        }
    std::string out = "Taking part: " + std::to_string(present) + " of " +
                      std::to_string(c.participants.size()) + " people";
    if (present == 0) return out + ".";
    if (count[static_cast<std::size_t>(PresenceMode::Room)] == present)
        return out + ", all in the room.";
    std::vector<std::string> parts;
    for (const auto& mode : names<PresenceMode>())
        if (auto n = count[static_cast<std::size_t>(mode.value)])
            parts.push_back(std::to_string(n) + " " + howWords(mode.value));
    return out + ", " + joinWithAnd(parts) + ".";
}

bool needsPrivacyCheck(const Participant& p, DateTime at) {
    if (!isFamily(p.role) || p.privacyCheck) return false;
    const auto how = presentHow(p, at);
    return how && *how != PresenceMode::Room;
}

std::string privacyAnswerWords(const PrivacyCheck& check) {
    if (!check.canSpeakPrivately) return "not answered yet";
    return *check.canSpeakPrivately ? "can speak without being overheard"
                                    : "cannot speak without being overheard";
}

std::string_view privacyOffer() {
    return "Offer to call back when they can speak freely, or to speak with the chair alone "
           "before the meeting goes on.";
}

} // namespace cpc
