#pragma once
// The words for each enumeration: the token of the interchange contract
// (INTERCHANGE.md, "social_worker") and the label a person reads ("Social worker").
// One table per enumeration, so the two can never drift apart.

#include "domain/conference.hpp"

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace cpc {

template <class E> struct Name {
    E value;
    std::string_view token;
    std::string_view label;
};

template <class E> std::span<const Name<E>> names();

template <> std::span<const Name<Kind>> names<Kind>();
template <> std::span<const Name<Region>> names<Region>();
template <> std::span<const Name<Role>> names<Role>();
template <> std::span<const Name<Attendance>> names<Attendance>();
template <> std::span<const Name<PresenceMode>> names<PresenceMode>();
template <> std::span<const Name<Column>> names<Column>();
template <> std::span<const Name<Tag>> names<Tag>();
template <> std::span<const Name<Outcome>> names<Outcome>();
template <> std::span<const Name<Category>> names<Category>();
template <> std::span<const Name<Recommendation>> names<Recommendation>();
template <> std::span<const Name<Direction>> names<Direction>();
template <> std::span<const Name<Progress>> names<Progress>();
template <> std::span<const Name<ViewHow>> names<ViewHow>();
template <> std::span<const Name<DocumentKind>> names<DocumentKind>();

template <class E> std::string_view token(E value) {
    for (const auto& n : names<E>())
        if (n.value == value) return n.token;
    return {};
}

template <class E> std::string_view label(E value) {
    for (const auto& n : names<E>())
        if (n.value == value) return n.label;
    return {};
}

template <class E> std::optional<E> fromToken(std::string_view text) {
    for (const auto& n : names<E>())
        if (n.token == text) return n.value;
    return std::nullopt;
}

// Which side of the table a role sits on (DOMAIN.md "People").
bool isFamily(Role r);       // parent, carer, child
bool isProfessional(Role r); // gives a recommendation and counts for quorum
bool givesViews(Role r);     // supporters, interpreters, minute-takers do not
bool isHealth(Role r);       // GP, health visitor, school nurse, paediatrician

// The name a person is called by: the first word of their name that is not a
// title ("DC Priya Sandhu" is Priya, "Dr Oluwaseun Adeyemi" is Oluwaseun).
std::string firstName(std::string_view name);

// The census code of a decision's categories: NEG, PHY, SAB, EMO, or MUL.
std::string_view censusCode(const std::vector<Category>& categories);

} // namespace cpc
