#include "domain/quorum.hpp"

#include "domain/names.hpp"

#include <algorithm>

namespace cpc {
namespace {

bool isSocialCare(Role r) {
    return r == Role::SocialWorker || r == Role::TeamManager;
}

bool isSpace(char ch) {
    return ch == ' ' || (ch >= '\t' && ch <= '\r');
}

// Agency names are typed by hand during the meeting: "Police", "police " and
// "Oakfield  Primary" must not count as different agencies.
std::string tidy(std::string_view text) {
    std::string out;
    bool gap = false;
    for (char ch : text) {
        if (isSpace(ch)) {
            gap = !out.empty();
            continue;
        }
        if (gap) out += ' ';
        gap = false;
        out += ch;
    }
    return out;
}

std::string caseFolded(std::string text) {
    for (char& ch : text)
        if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
    return text;
}

// The agency a professional speaks for, as the chair would name it.
std::string agencyOf(const Participant& p, const Settings& settings) {
    if (settings.healthIsOneAgency && isHealth(p.role)) return "Health";
    std::string agency = tidy(p.agency);
    return agency.empty() ? std::string(label(p.role)) : agency;
}

std::string listed(const std::vector<std::string>& names) {
    std::string out;
    for (const auto& n : names)
        out += (out.empty() ? "" : ", ") + n;
    return out;
}

std::string explain(const Quorum& q) {
    const auto& others = q.otherAgencies;
    const std::size_t n = others.size();
    if (q.quorate)
        return "Quorate: children's social care and " + std::to_string(n) + " other agencies (" +
               listed(others) + ").";
    if (!q.socialCare) {
        if (n >= 2) return "Not quorate: children's social care is not present.";
        if (n == 1)
            return "Not quorate: children's social care is not present, and only one other "
                   "agency is (" +
                   listed(others) + "); two are needed.";
        return "Not quorate: neither children's social care nor any other agency is present.";
    }
    if (n == 1)
        return "Not quorate: one agency besides children's social care (" + listed(others) +
               "); two are needed.";
    return "Not quorate: no agency besides children's social care; two are needed.";
}

} // namespace

bool isPresent(const Participant& p, DateTime at) {
    return presentHow(p, at).has_value();
}

Quorum quorumAt(const Conference& c, DateTime at) {
    Quorum q;
    std::vector<std::string> seen; // case-folded, so each agency counts once
    for (const auto& p : c.participants) {
        if (!isPresent(p, at)) continue;
        if (isSocialCare(p.role)) {
            q.socialCare = true;
            continue;
        }
        if (!isProfessional(p.role)) continue;
        std::string agency = agencyOf(p, c.settings);
        std::string key = caseFolded(agency);
        if (std::find(seen.begin(), seen.end(), key) != seen.end()) continue;
        seen.push_back(std::move(key));
        q.otherAgencies.push_back(std::move(agency));
    }
    q.quorate = q.socialCare && q.otherAgencies.size() >= 2;
    q.explanation = explain(q);
    return q;
}

} // namespace cpc
