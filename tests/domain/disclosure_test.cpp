// Who may see what: each rule at its boundaries, for each reader.
#include "domain/disclosure.hpp"
#include "domain/edit.hpp"

#include <catch2/catch.hpp>

using namespace cpc;

namespace {

DateTime at(const char* t) {
    return *parseDateTime(std::string("2026-12-03T") + t);
}

// A mother, a father, a child and a social worker, all in from 10:00. The
// father steps out at 10:40:00 and is back at 11:00:00.
Conference meeting() {
    Conference c;
    c.children = {{"c1", "Amir"}};
    c.participants = {{"mum", "Rachel Okafor", Role::Parent},
                      {"dad", "Gareth Evans", Role::Parent},
                      {"kid", "Amir Evans", Role::Child},
                      {"sw", "Anne Booth", Role::SocialWorker}};
    for (const char* id : {"mum", "dad", "kid", "sw"})
        applyEdit(c, edit::MarkArrival{id, at("10:00:00")});
    applyEdit(c, edit::MarkDeparture{"dad", at("10:40:00"), "so that Amir can speak freely"});
    applyEdit(c, edit::MarkArrival{"dad", at("11:00:00")});
    return c;
}

Item saidAt(const char* when, std::string text = "what was said") {
    Item i{"", Column::Worried, std::move(text), {}, "sw"};
    i.said = at(when);
    return i;
}

} // namespace

TEST_CASE("out of the room: from leaving (inclusive) to coming back (exclusive), to the second",
          "[disclosure]") {
    const Conference c = meeting();
    CHECK(familyOutAt(c, at("10:39:59")).empty());
    CHECK(familyOutAt(c, at("10:40:00")) == std::vector<Id>{"dad"});
    CHECK(familyOutAt(c, at("10:59:59")) == std::vector<Id>{"dad"});
    CHECK(familyOutAt(c, at("11:00:00")).empty());
}

TEST_CASE("leaving of one's own accord counts, a professional stepping out does not",
          "[disclosure]") {
    Conference c = meeting();
    applyEdit(c, edit::MarkDeparture{"mum", at("11:10:00")}); // no reason: she went herself
    applyEdit(c, edit::MarkDeparture{"sw", at("11:10:00"), "another meeting"});
    CHECK(familyOutAt(c, at("11:20:00")) == std::vector<Id>{"mum"});
    const Item later = saidAt("11:20:00");
    CHECK(withheld(c, later) == Withheld::SaidWhileOut);
}

TEST_CASE("said while a parent was out: off the wall once he is back, out of every family paper",
          "[disclosure]") {
    const Conference c = meeting();
    const Item during = saidAt("10:45:00");
    const Item lastSecond = saidAt("10:59:59");
    const Item backAgain = saidAt("11:00:00"); // the minute he came back, after he did
    const Item untimed{"", Column::Worried, "imported without a time"};

    // While he is still out, the wall may show it to those in the room.
    CHECK(mayShow(c, during, Audience::room(at("10:50:00"))));
    // Once he is back, it is not on the wall.
    CHECK_FALSE(mayShow(c, during, Audience::room(at("11:00:00"))));
    CHECK_FALSE(mayShow(c, lastSecond, Audience::room(at("11:30:00"))));
    CHECK(mayShow(c, backAgain, Audience::room(at("11:30:00"))));

    for (auto reader : {Audience::family(), Audience::child()}) {
        CHECK_FALSE(mayShow(c, during, reader));
        CHECK_FALSE(mayShow(c, lastSecond, reader));
        CHECK(mayShow(c, backAgain, reader));
        CHECK(mayShow(c, untimed, reader));
    }
    CHECK(mayShow(c, during, Audience::professionals()));
    CHECK(withheld(c, during) == Withheld::SaidWhileOut);
    CHECK(withheld(c, backAgain) == Withheld::No);
}

TEST_CASE("the chair's release shares it with the family, but never overrides confidential",
          "[disclosure]") {
    const Conference c = meeting();
    Item released = saidAt("10:45:00");
    released.shownToFamily = true;
    CHECK(mayShow(c, released, Audience::family()));
    CHECK(mayShow(c, released, Audience::room(at("11:30:00"))));
    CHECK(withheld(c, released) == Withheld::No);
    CHECK(outWhenSaid(c, released) == std::vector<Id>{"dad"});

    released.confidential = true;
    CHECK_FALSE(mayShow(c, released, Audience::family()));
    CHECK_FALSE(mayShow(c, released, Audience::room(at("10:50:00"))));
    CHECK(mayShow(c, released, Audience::professionals()));
    CHECK(withheld(c, released) == Withheld::Confidential);
}

TEST_CASE("an action is seen by whom its item is seen, and its own flag hides it too",
          "[disclosure]") {
    Conference c = meeting();
    Item secret = saidAt("10:10:00", "secret words");
    secret.id = "i1";
    secret.column = Column::NeedsToHappen;
    secret.confidential = true;
    Item whileOut = saidAt("10:45:00", "said while out");
    whileOut.id = "i2";
    whileOut.column = Column::NeedsToHappen;
    c.items = {secret, whileOut};

    Action fromSecret{"a1", "secret words", "sw"};
    fromSecret.fromItem = "i1";
    Action fromWhileOut{"a2", "said while out", "sw"};
    fromWhileOut.fromItem = "i2";
    Action marked{"a3", "typed, then marked", "sw"};
    marked.confidential = true;
    Action plain{"a4", "typed", "sw"};
    Action orphan{"a5", "its item was deleted", "sw"};
    orphan.fromItem = "i9";

    for (auto reader : {Audience::family(), Audience::child(), Audience::room(at("11:30:00"))}) {
        CHECK_FALSE(mayShow(c, fromSecret, reader));
        CHECK_FALSE(mayShow(c, fromWhileOut, reader));
        CHECK_FALSE(mayShow(c, marked, reader));
        CHECK(mayShow(c, plain, reader));
        CHECK(mayShow(c, orphan, reader));
    }
    for (const Action* a : {&fromSecret, &fromWhileOut, &marked, &plain})
        CHECK(mayShow(c, *a, Audience::professionals()));
    CHECK(withheld(c, fromSecret) == Withheld::Confidential);
    CHECK(withheld(c, fromWhileOut) == Withheld::SaidWhileOut);

    c.items[1].shownToFamily = true; // released: its action goes with it
    CHECK(mayShow(c, fromWhileOut, Audience::family()));
}

TEST_CASE("a scaling question that quotes a withheld worry is asked in general words",
          "[disclosure]") {
    Conference c = meeting();
    Item worry = saidAt("10:10:00", "the bruise on his arm");
    worry.id = "i1";
    c.items = {worry};
    ScalingRound fromWorry{"s1", "How safe is Amir, given the bruise on his arm?"};
    fromWorry.statement = "i1";
    ScalingRound retyped{"s2", "Thinking of the bruise on his arm, where are we?"};
    ScalingRound overall{"s3", "Where are things today?"};

    const Audience family = Audience::family();
    CHECK(mayShowQuestion(c, fromWorry, family));
    c.items[0].confidential = true; // marked confidential after the round was made
    CHECK_FALSE(mayShowQuestion(c, fromWorry, family));
    CHECK_FALSE(mayShowQuestion(c, retyped, family));
    CHECK_FALSE(mayShowQuestion(c, fromWorry, Audience::room(at("10:20:00"))));
    CHECK(mayShowQuestion(c, overall, family));
    CHECK(mayShowQuestion(c, fromWorry, Audience::professionals()));
}

TEST_CASE("answers and views given while a parent was out", "[disclosure]") {
    const Conference c = meeting();
    const ScaleAnswer during{"sw", 3, "worse than they say", at("10:45:00")};
    const ScaleAnswer after{"sw", 5, "", at("11:05:00")};
    const ScaleAnswer untimed{"sw", 5, ""};
    CHECK_FALSE(mayShow(c, during, Audience::family()));
    CHECK_FALSE(mayShow(c, during, Audience::room(at("11:10:00"))));
    CHECK(mayShow(c, during, Audience::room(at("10:50:00"))));
    CHECK(mayShow(c, after, Audience::family()));
    CHECK(mayShow(c, untimed, Audience::family()));

    View view{"sw", Recommendation::Plan, {}, "the father is the risk", at("10:45:00")};
    CHECK_FALSE(mayShow(c, view, Audience::family()));
    CHECK(mayShow(c, view, Audience::professionals()));
}

TEST_CASE("reports, reasons for leaving, and who is in the room", "[disclosure]") {
    Conference c = meeting();
    Report open{"r1", "sw", std::nullopt, true};
    Report closed{"r2", "sw", std::nullopt, false};
    CHECK(mayShow(open, Audience::family()));
    CHECK_FALSE(mayShow(closed, Audience::family()));
    CHECK_FALSE(mayShow(closed, Audience::child()));
    CHECK(mayShow(closed, Audience::professionals()));

    CHECK(mayShowReasonsForLeaving(Audience::professionals()));
    CHECK_FALSE(mayShowReasonsForLeaving(Audience::family()));
    CHECK_FALSE(mayShowReasonsForLeaving(Audience::room(at("10:00:00"))));

    const Participant& dad = *findParticipant(c, "dad");
    CHECK(isInRoom(dad, Audience::room(at("10:39:59"))));
    CHECK_FALSE(isInRoom(dad, Audience::room(at("10:40:00"))));
    CHECK(isInRoom(dad, Audience::room(at("11:00:00"))));
    Participant invited{"po", "PC Lee", Role::Police};
    CHECK_FALSE(isInRoom(invited, Audience::room(at("10:30:00"))));
}

TEST_CASE("the room as the clock sees it changes only as someone leaves or comes back",
          "[disclosure]") {
    const Conference c = meeting();
    // mum, dad, kid, sw
    CHECK(inRoomAt(c, at("09:59:59")) == std::vector<bool>{false, false, false, false});
    CHECK(inRoomAt(c, at("10:00:00")) == std::vector<bool>{true, true, true, true});
    CHECK(inRoomAt(c, at("10:39:59")) == inRoomAt(c, at("10:00:00")));
    CHECK(inRoomAt(c, at("10:40:00")) == std::vector<bool>{true, false, true, true});
    CHECK(inRoomAt(c, at("10:59:59")) == inRoomAt(c, at("10:40:00")));
    CHECK(inRoomAt(c, at("11:00:00")) == inRoomAt(c, at("10:00:00")));
    CHECK(inRoomAt(Conference{}, at("10:00:00")).empty());
}

TEST_CASE("times are held to the second, and a time written to the minute still reads", "[time]") {
    CHECK(formatDateTime(at("10:40:07")) == "2026-12-03T10:40:07");
    CHECK(parseDateTime("2026-12-03T10:40") == at("10:40:00"));
    CHECK_FALSE(parseDateTime("2026-12-03T10:40:60"));
    CHECK_FALSE(parseDateTime("2026-12-03T10:40:5"));
    CHECK_FALSE(parseDateTime("2026-12-03T10:40-05"));
}

TEST_CASE("what 0 and 10 mean are the round's words too", "[disclosure]") {
    Conference c = meeting();
    Item worry = saidAt("10:10:00", "the bruise on his arm");
    worry.id = "i1";
    worry.confidential = true;
    c.items = {worry};
    ScalingRound r{"s1", "Where are things today?", "the bruise on his arm is back", "safe"};
    CHECK_FALSE(mayShowQuestion(c, r, Audience::family()));
    CHECK_FALSE(mayShowQuestion(c, r, Audience::room(at("10:20:00"))));
    r.low = "not safe";
    CHECK(mayShowQuestion(c, r, Audience::family()));
}

TEST_CASE("a frozen wall is shown with who is in the room, and what is confidential, now",
          "[disclosure]") {
    // Frozen at 10:50, while Dad was out: what was said then was on the wall.
    Conference live = meeting();
    Conference atFreeze = live;
    atFreeze.participants[1].presence.pop_back(); // he had not come back yet
    Item during = saidAt("10:45:00", "said while Dad was out");
    during.id = "i1";
    Item plain = saidAt("10:20:00", "said with everyone in");
    plain.id = "i2";
    atFreeze.items = {during, plain};
    live.items = {during, plain};
    live.items[1].confidential = true; // marked since the freeze
    CHECK(mayShow(atFreeze, during, Audience::room(at("11:05:00"))));

    const Conference shown = asProtectedNow(atFreeze, live);
    CHECK_FALSE(mayShow(shown, shown.items[0], Audience::room(at("11:05:00"))));
    CHECK_FALSE(mayShow(shown, shown.items[1], Audience::room(at("11:05:00"))));
    CHECK(shown.items[1].text == "said with everyone in"); // the picture's own words
}

TEST_CASE("a released item is shared with the family, and one never held back is not 'shared'",
          "[disclosure]") {
    Conference c = meeting();
    Item during = saidAt("10:45:00");
    CHECK_FALSE(sharedWithFamily(c, during));
    during.shownToFamily = true;
    CHECK(sharedWithFamily(c, during));
    CHECK(withheld(c, during) == Withheld::No);
    during.confidential = true; // a release never overrides confidential
    CHECK_FALSE(sharedWithFamily(c, during));
    Item before = saidAt("10:30:00");
    before.shownToFamily = true; // nothing to release
    CHECK_FALSE(sharedWithFamily(c, before));
}

TEST_CASE("a question about a worry the reader may not see is asked in general words",
          "[disclosure]") {
    Conference c = meeting();
    Item worry = saidAt("10:30:00", "Dad hits the children with a belt");
    worry.id = "i1";
    worry.confidential = true;
    c.items.push_back(worry);
    ScalingRound r{"r1", "How safe is Amir from the belt?"};
    r.statement = "i1";
    const std::string general = "On a scale of 0 to 10, how safe are things now, about this worry?";
    CHECK(questionFor(c, r, Audience::family()) == general);
    CHECK(questionFor(c, r, Audience::room(at("10:50:00"))) == general);
    CHECK(questionFor(c, r, Audience::professionals()) == r.question);
    c.items[0].confidential = false;
    CHECK(questionFor(c, r, Audience::family()) == r.question);
    r.question = "  ";
    CHECK(questionFor(c, r, Audience::family()) ==
          "On a scale of 0 to 10, where are things today?");
}

TEST_CASE("what the family's papers leave out is counted kind by kind, and said in words",
          "[disclosure]") {
    Conference c = meeting();
    Item secret = saidAt("10:30:00", "confidential");
    secret.id = "i1";
    secret.confidential = true;
    Item whileOut = saidAt("10:45:00", "said while Gareth was out");
    whileOut.id = "i2";
    Item released = saidAt("10:46:00", "released");
    released.id = "i3";
    released.shownToFamily = true;
    Item open = saidAt("11:05:00", "said with everyone there");
    open.id = "i4";
    c.items = {secret, whileOut, released, open};
    c.plan.actions.push_back({.id = "a1", .what = "from the secret", .fromItem = "i1"});
    c.plan.actions.push_back({.id = "a2", .what = "open"});
    c.reports.push_back({.id = "r1", .author = "sw", .openToParents = false});
    c.reports.push_back({.id = "r2", .author = "sw", .openToParents = true});
    LeftOut left = leftOutOfFamilyPapers(c);
    CHECK(left.items == 2);
    CHECK(left.actions == 1);
    CHECK(left.reports == 1);
    CHECK(left.reasons == 1); // why Gareth stepped out
    CHECK(left.total() == 5);
    CHECK(leftOutWords(left) == "2 board items, 1 action, 1 report not open to parents and 1 "
                                "reason someone was asked to leave");
    CHECK(leftOutWords(LeftOut{}).empty());
}
