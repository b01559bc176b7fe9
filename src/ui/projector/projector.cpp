// The projector: one undecorated window over the whole display, painted from
// a layout computed apart (projector_layout) out of words chosen apart
// (projector_content). Read-only: it draws no widgets, so nothing can be
// clicked, focused or scrolled on the wall.

#include "domain/disclosure.hpp"
#include "ui/console/panels.hpp"
#include "ui/fonts/fonts.hpp"
#include "ui/projector/projector_content.hpp"
#include "ui/projector/projector_layout.hpp"
#include "ui/projector/projector_scaling.hpp"
#include "ui/widgets/text_log.hpp"
#include "ui/widgets/theme.hpp"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <functional>
#include <imgui.h>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace cpc::ui {
namespace {

using namespace projector;

// The ladder this window has; without one (a console context showing the
// projector), the console's faces scaled to the same sizes: softer, still readable.
struct Ladder {
    std::vector<float> sizes;
    std::vector<ImFont*> body, bold;
    long long generation = 0; // of the fonts given

    explicit Ladder(const Fonts* fonts, float height) {
        if (fonts) generation = fonts->generation;
        if (fonts && !fonts->ladder.empty()) {
            sizes = fonts->ladder;
            body = fonts->ladderBody;
            bold = fonts->ladderBold;
            return;
        }
        ImFont* regular = fonts && fonts->body ? fonts->body : ImGui::GetFont();
        ImFont* heavy = fonts && fonts->bold ? fonts->bold : regular;
        float size = projectorFloor(height);
        for (int step = 0; step < 4; ++step, size = std::round(size * 1.25f)) {
            sizes.push_back(size);
            body.push_back(regular);
            bold.push_back(heavy);
        }
    }
    ImFont* font(Face face, int step) const {
        return (face == Face::Bold ? bold : body)[static_cast<std::size_t>(step)];
    }
    float width(std::string_view text, Face face, int step) const {
        return font(face, step)
            ->CalcTextSizeA(sizes[static_cast<std::size_t>(step)], FLT_MAX, 0.0f, text.data(),
                            text.data() + text.size())
            .x;
    }
};

struct Painter {
    ImDrawList* draw;
    const Ladder& ladder;
    const Palette& colours;
    TextLog* log;

    ImU32 colour(Tone tone) const { return tone == Tone::Muted ? colours.muted : colours.text; }

    // Draws lines at (x, y + line.y); logs each paragraph's visible run once,
    // as the sentence a person reads, not as wrapped fragments.
    void lines(const std::vector<Line>& ls, float x, float y,
               const std::function<const Paragraph*(int block, int paragraph)>& source) const {
        std::size_t runBegin = 0;
        for (std::size_t i = 0; i < ls.size(); ++i) {
            const Line& l = ls[i];
            float size = ladder.sizes[static_cast<std::size_t>(l.step)];
            // Centre the glyphs' box in the taller line box: the spacing falls evenly.
            ImVec2 at{x, y + l.y + (l.height - size) * 0.5f};
            draw->AddText(ladder.font(l.face, l.step), size, at, colour(l.tone), l.text.data(),
                          l.text.data() + l.text.size());
            if (!log) continue;
            bool last = i + 1 == ls.size() || ls[i + 1].block != l.block ||
                        ls[i + 1].paragraph != l.paragraph;
            bool first = i == 0 || ls[i - 1].block != l.block || ls[i - 1].paragraph != l.paragraph;
            if (first) runBegin = l.begin;
            if (last) {
                const Paragraph* p = source(l.block, l.paragraph);
                log->lines.push_back(p ? p->text.substr(runBegin, l.end - runBegin) : l.text);
            }
        }
    }
};

// "See page 1", "See pages 1 to 3": the pages where a column has items; empty
// when it has none.
std::string elsewhere(const Layout& layout, std::size_t column) {
    int first = -1, last = -1;
    for (std::size_t p = 0; p < layout.pages.size(); ++p)
        if (!layout.pages[p].columns[column].lines.empty()) {
            if (first < 0) first = static_cast<int>(p) + 1;
            last = static_cast<int>(p) + 1;
        }
    if (first < 0) return {};
    if (first == last) return "See page " + std::to_string(first);
    return "See pages " + std::to_string(first) + (last == first + 1 ? " and " : " to ") +
           std::to_string(last);
}

// A line the layout did not place: a page note, in the muted body face.
Line mutedLine(const std::string& text, const Layout& layout, float y) {
    return {text, Face::Body, layout.step, Tone::Muted, y, layout.size * Metrics::lineSpacing,
            -1,   0,          0,           text.size()};
}

// What a frame of the wall needs but paints: the words chosen, and where
// each goes. Worked out when the conference, the screen or the view changes,
// not on every frame (the fit tries every size of the ladder).
struct Arranged {
    Screen screen;
    std::size_t chosen = 0;
    Layout layout;
};

struct ArrangedKey {
    long long revision = 0;
    Phase phase{};
    NameStyle names{};
    // Not the clock, which turns every second: who is in the room, which
    // is all the wall reads of it (inRoomAt).
    std::vector<bool> inRoom;
    std::optional<Id> decisionChild;
    // The fonts and sizes measured with: fonts are rebuilt on a zoom, a new
    // screen or a new script, and a face's address may be reused.
    const ImFont* face = nullptr;
    long long fonts = 0;
    std::vector<float> sizes;
    float width = 0, height = 0;
    bool operator==(const ArrangedKey&) const = default;
};

// The best arrangement: fewest pages, then the largest size; the first on a tie.
Arranged arrange(const ProjectorView& view, const Ladder& ladder, ImVec2 display) {
    Arranged out;
    out.screen = screenFor(view.conference, view.phase, view.names, view.now, view.decisionChild);
    Measure measure = [&](std::string_view t, Face f, int s) { return ladder.width(t, f, s); };
    for (std::size_t i = 0; i < out.screen.choices.size(); ++i) {
        Layout l = fit(out.screen.choices[i], measure, ladder.sizes, display.x, display.y);
        if (i == 0 || l.pages.size() < out.layout.pages.size() ||
            (l.pages.size() == out.layout.pages.size() && l.step > out.layout.step)) {
            out.layout = std::move(l);
            out.chosen = i;
        }
    }
    return out;
}

// The scaling round the wall shows as a picture rather than columns of text, if any.
const ScalingRound* pictured(const ProjectorView& view) {
    return view.phase == Phase::Scaling ? shownRound(view.conference, view.round) : nullptr;
}

// The last few arrangements (the projector window, and the console when it
// presents): a view without a revision is arranged afresh every frame.
const Arranged& arranged(const ProjectorView& view, const Ladder& ladder, ImVec2 display) {
    static std::vector<std::pair<ArrangedKey, Arranged>> kept;
    static Arranged fresh;
    if (view.revision == 0) return fresh = arrange(view, ladder, display);
    ArrangedKey key{.revision = view.revision,
                    .phase = view.phase,
                    .names = view.names,
                    .inRoom = inRoomAt(view.conference, view.now),
                    .decisionChild = view.decisionChild,
                    .face = ladder.body.front(),
                    .fonts = ladder.generation,
                    .sizes = ladder.sizes,
                    .width = display.x,
                    .height = display.y};
    for (auto& [k, a] : kept)
        if (k == key) return a;
    if (kept.size() >= 2) kept.erase(kept.begin());
    kept.emplace_back(std::move(key), arrange(view, ladder, display));
    return kept.back().second;
}

} // namespace

void arrangeAhead(const ProjectorView& view, ImVec2 display) {
    if (view.revision == 0 || view.blank || pictured(view) || !view.fonts ||
        view.fonts->ladder.empty())
        return;
    arranged(view, Ladder(view.fonts, display.y), display);
}

ProjectorResult drawProjector(const ProjectorView& view) {
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    const Palette& colours = palette(view.theme);

    ImGui::SetNextWindowPos({0, 0});
    ImGui::SetNextWindowSize(display);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, {0, 0});
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 0.0f);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0.0f);
    ImGui::SetNextWindowBgAlpha(0.0f); // cleared to colours.background already
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoNav |
                                   ImGuiWindowFlags_NoBringToFrontOnFocus |
                                   ImGuiWindowFlags_NoScrollWithMouse;
    ImGui::Begin("##projector", nullptr, flags);

    const Ladder ladder(view.fonts, display.y);
    ProjectorResult result{1, ladder.sizes.front()};
    const ScalingRound* round = pictured(view);
    if (!view.blank && round) {
        // The scaling line is a picture, not columns of text: its own layout.
        const ScalingPage page =
            scalingPage(view.conference, *round, view.previous, view.names, view.now);
        Measure measure = [&](std::string_view t, Face f, int s) { return ladder.width(t, f, s); };
        const ScalingLayout layout =
            layoutScaling(page, measure, ladder.sizes, display.x, display.y);
        const ImVec2 origin = ImGui::GetWindowPos();
        paintScaling(
            ImGui::GetWindowDrawList(), origin.x, origin.y, layout, ladder.sizes,
            [&](Face f, int s) { return ladder.font(f, s); }, colours, view.log);
        result = {1, layout.size};
    } else if (!view.blank) {
        const Arranged& arrangedNow = arranged(view, ladder, display);
        const Screen& screen = arrangedNow.screen;
        const Layout& layout = arrangedNow.layout;
        const Spec& spec = screen.choices[arrangedNow.chosen];
        const int pages = static_cast<int>(layout.pages.size());
        const int page = std::clamp(view.page, 0, pages - 1);
        result = {pages, layout.size};

        ImVec2 origin = ImGui::GetWindowPos();
        Painter paint{ImGui::GetWindowDrawList(), ladder, colours, view.log};
        float shift = 0; // the title screen sits mid-height
        if (screen.centred) shift = std::max(0.0f, (layout.bodyHeight - layout.used) * 0.5f);
        const float x0 = origin.x + layout.margin;

        paint.lines(layout.top, x0, origin.y + layout.topY,
                    [&](int, int p) { return &spec.top[static_cast<std::size_t>(p)]; });
        const Page& shown = layout.pages[static_cast<std::size_t>(page)];
        // A table's page that holds only what comes after it has no header row.
        const bool columnsHere = !spec.rows || shown.hasColumns();
        for (std::size_t c = 0; c < spec.columns.size() && columnsHere; ++c) {
            const float x = origin.x + layout.columnX(c);
            const ColumnContent& column = spec.columns[c];
            if (column.band && screen.boardAccents) {
                ImU32 accent = columnAccent(colours, static_cast<Column>(c));
                float y = origin.y + layout.headingY;
                paint.draw->AddRectFilled(
                    {x, y}, {x + layout.widthOf(c), y + Metrics::band * layout.size}, accent);
            }
            paint.lines(layout.headings[c], x, origin.y + layout.headingY,
                        [&](int, int p) { return &column.heading[static_cast<std::size_t>(p)]; });
            const auto& body = shown.columns[c].lines;
            paint.lines(body, x, origin.y + layout.bodyY + shift, [&](int b, int p) {
                return &column.blocks[static_cast<std::size_t>(b)]
                            .paragraphs[static_cast<std::size_t>(p)];
            });
            // A column that ran out on an earlier page is not empty: say where it is.
            if (std::string note = elsewhere(layout, c);
                body.empty() && !note.empty() && !spec.rows)
                paint.lines({mutedLine(note, layout, 0)}, x, origin.y + layout.bodyY,
                            [](int, int) { return nullptr; });
        }
        if (spec.rows && columnsHere) {
            // A rule under the header row and between rows: a table, read across.
            const float left = origin.x + layout.margin;
            const float right = origin.x + display.x - layout.margin;
            const float thick = std::max(1.0f, layout.size * 0.05f);
            const float under = origin.y + layout.bodyY - Metrics::headingGap * layout.size * 0.5f;
            paint.draw->AddLine({left, under}, {right, under}, colours.muted, thick * 1.5f);
            for (float y : shown.rules)
                paint.draw->AddLine({left, origin.y + layout.bodyY + shift + y},
                                    {right, origin.y + layout.bodyY + shift + y}, colours.rule,
                                    thick);
        }
        paint.lines(shown.after.lines, x0, origin.y + layout.bodyY + shift, [&](int b, int p) {
            return &spec.after[static_cast<std::size_t>(b)].paragraphs[static_cast<std::size_t>(p)];
        });
        paint.lines(layout.bottom, x0, origin.y + layout.bottomY + shift,
                    [&](int, int p) { return &spec.bottom[static_cast<std::size_t>(p)]; });
        if (pages > 1) {
            std::string footer =
                "Page " + std::to_string(page + 1) + " of " + std::to_string(pages);
            float w = ladder.width(footer, Face::Body, layout.step);
            Line l = mutedLine(footer, layout, layout.footerY);
            paint.lines({l}, origin.x + display.x - layout.margin - w, origin.y,
                        [](int, int) { return nullptr; });
        }
    }

    ImGui::End();
    ImGui::PopStyleVar(3);
    return result;
}

} // namespace cpc::ui
