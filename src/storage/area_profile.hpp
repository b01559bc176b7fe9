#pragma once
// The area profile (DOMAIN.md): the settings an installation's conferences
// share (organisation, how to complain, marking, quorum, record due) and its
// region. Kept once in the database file and copied into each new conference,
// which may then change its own.

#include "domain/conference.hpp"
#include "storage/database.hpp"

namespace cpc::storage {

struct AreaProfile {
    Settings settings;
    Region region = Region::EnglandWales;
    bool operator==(const AreaProfile&) const = default;
};

// The profile kept in the file; the defaults when none is.
AreaProfile areaProfile(Database& db);
void saveAreaProfile(Database& db, const AreaProfile& profile);

// A new conference with these details, starting from the profile.
Conference newConference(const AreaProfile& profile, const Details& details);

} // namespace cpc::storage
