#include "storage/area_profile.hpp"

#include "domain/names.hpp"
#include "interchange/json.hpp"
#include "storage/store.hpp"

namespace cpc::storage {
namespace {
constexpr const char* key = "area_profile";
} // namespace

AreaProfile areaProfile(Database& db) {
    AreaProfile out;
    auto text = recall(db, key);
    if (!text) return out;
    // A profile that no longer reads is as if none were kept: the defaults,
    // which the chair sees and can set again.
    try {
        const auto j = nlohmann::json::parse(*text);
        out.settings = interchange::read<Settings>(j.at("settings"), "area_profile.settings");
        if (auto region = fromToken<Region>(j.at("region").get<std::string>()))
            out.region = *region;
    } catch (const std::exception&) {
        return AreaProfile{};
    }
    return out;
}

void saveAreaProfile(Database& db, const AreaProfile& profile) {
    const nlohmann::json j = {{"settings", interchange::toJson(profile.settings)},
                              {"region", std::string(token(profile.region))}};
    remember(db, key, j.dump());
}

Conference newConference(const AreaProfile& profile, const Details& details) {
    Conference c;
    c.details = details;
    c.details.region = profile.region;
    c.settings = profile.settings;
    return c;
}

} // namespace cpc::storage
