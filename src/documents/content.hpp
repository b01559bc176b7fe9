#pragma once
// What each document says, as blocks for the layout. One builder per kind of
// document (content_*.cpp); the helpers here keep names, dates and what each
// reader may see the same in all of them.

#include "documents/layout.hpp"
#include "documents/pdf.hpp"
#include "domain/disclosure.hpp"
#include "domain/outcome.hpp"
#include "domain/typed.hpp"
#include "domain/words.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace cpc::pdf {

// The whole document for this variant: the running header's words and the blocks.
Document content(const Conference& c, const Options& options);

// ---- the builders, one per file ----
std::vector<Block> recordBlocks(const Conference& c, bool parentsCopy); // content_record.cpp
std::vector<Block> planBlocks(const Conference& c);                     // content_plan.cpp
std::vector<Block> childBlocks(const Conference& c);                    // content_child.cpp
std::vector<Block> letterBlocks(const Conference& c, Date written);     // content_letter.cpp

// The outline plan (actions, keeping safe, contingency, key worker, core
// group, dates), with headings at `level`. `sayMissing`: write "Not
// recorded." for an empty part rather than leave it out.
// Only what `reader` may see (domain/disclosure.hpp); the full record notes
// what the family's papers leave out.
void appendOutlinePlan(std::vector<Block>& out, const Conference& c, const Audience& reader,
                       int level, bool sayMissing);
// In the full record, a warning line under a text the family's papers leave out.
void noteWithheld(Cell& cell, Withheld why);

// ---- words ----
std::string personName(const Conference& c, const Id& participant);
std::string nameAndAgency(const Conference& c, const Id& participant);
// An action's owner: a participant's name and agency, or the words the chair typed.
std::string actionOwner(const Conference& c, const std::string& who, bool withAgency = true);
std::string childName(const Conference& c, const Id& child);
// The children named, or `all` when the list is empty.
std::string childrenText(const Conference& c, const std::vector<Id>& children,
                         std::string_view all = "All the children");
// The same by first names, for narrow columns; full names when two children share a first name.
std::string childrenShort(const Conference& c, const std::vector<Id>& children,
                          std::string_view all = "All");
// "Zoë Nowak, born 19 April 2012"
std::string childWithBirth(const Child& child);
std::string longDate(const std::optional<Date>& d, std::string_view missing = "Not set");
std::string mediumDate(const std::optional<Date>& d, std::string_view missing = "Not set");
std::string shortDate(const std::optional<Date>& d, std::string_view missing = "Not set");
std::string clockTime(DateTime t);
std::string categoriesText(const std::vector<Category>& categories);
std::string kindTitle(Kind kind); // "Initial child protection conference"
const Participant* chair(const Conference& c);
// The conference's day and start, "Thursday 3 December 2026, 10:00".
std::string whenText(const Conference& c);
// Every multiple categorisation is audited by an IRO manager (seed 000): the
// record and the letter say so in these words.
std::string_view multipleCategoryAudit();
// The decision's category reasons for more than one category: a heading with
// the reasons, or a sentence that they are not recorded; then the audit
// sentence. Nothing when there is one category or none.
void appendMultipleCategories(std::vector<Block>& out, const Decision& d, int level);

// One parent's views of the decisions, the children with the same view
// together ("Zoë and Kacper": the view). `orTogether`: where the parent has
// no view of their own, the parents' view together (from older files).
using ParentViews = std::vector<std::pair<ParentsView, std::vector<std::string>>>;
ParentViews viewsByChildren(const Conference& c, const Id& parent, bool orTogether);

// ---- blocks in the house style ----
// The area's organisation (Settings::organisation) as a letterhead at the top
// of the first page; nothing when it is not set.
void addOrganisation(std::vector<Block>& out, const Conference& c);
// The title block's facts: children with dates of birth, kind, date, venue, chair.
Table titleFields(const Conference& c);
Heading heading(std::string text, int level = 1);
Paragraph paragraph(std::string text, double size = 10, Face face = Face::Regular);
Paragraph paragraph(std::vector<Span> spans, double size = 10);
Paragraph muted(std::string text, double size = 9.5);
// A muted note that introduces what follows and stays on its page.
Paragraph intro(std::string text);
Paragraph bullet(std::vector<Span> spans, double size = 10);
Cell cell(std::string text, Face face = Face::Regular);
// A participant's name, with their agency in grey below it.
Cell personCell(const Conference& c, const std::optional<Id>& participant);
// Labels in bold on the left, values on the right, no lines.
Table fields(const std::vector<std::pair<std::string, std::string>>& rows, double size = 10);
Table table(std::vector<double> widths, std::vector<std::string> header,
            std::vector<std::vector<Cell>> rows, double size = 9.5);

} // namespace cpc::pdf
