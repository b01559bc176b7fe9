#include "storage/area_profile.hpp"
#include "storage/store.hpp"

#include <catch2/catch.hpp>

using namespace cpc;
using namespace cpc::storage;

TEST_CASE("the area profile is kept in the file and starts every new conference",
          "[area_profile]") {
    Database db(":memory:");
    CHECK(areaProfile(db) == AreaProfile{}); // none kept: the defaults
    CHECK(areaProfile(db).settings.marking == "OFFICIAL-SENSITIVE");

    AreaProfile kept;
    kept.settings.organisation = "Safeguarding Unit, Easterby Council";
    kept.settings.complaintsContact = "Freephone 0808 157 0192; www.easterby.example/complaints";
    kept.settings.recordDueWorkingDays = 20;
    kept.settings.healthIsOneAgency = true;
    kept.region = Region::Scotland;
    saveAreaProfile(db, kept);
    CHECK(areaProfile(db) == kept);

    Details details;
    details.title = "The Kerr children";
    const Conference c = newConference(areaProfile(db), details);
    CHECK(c.settings == kept.settings);
    CHECK(c.details.region == Region::Scotland);
    CHECK(c.details.title == "The Kerr children");
    // Stored and read back, the conference has its own copy.
    CHECK(loadConference(db, addConference(db, c)).settings == kept.settings);
}

TEST_CASE("a kept profile that no longer reads gives the defaults, not an error",
          "[area_profile]") {
    Database db(":memory:");
    remember(db, "area_profile", "{not json");
    CHECK(areaProfile(db) == AreaProfile{});
    remember(db, "area_profile", R"({"settings": {"record_due_working_days": 99}, "region": "x"})");
    CHECK(areaProfile(db) == AreaProfile{});
}
