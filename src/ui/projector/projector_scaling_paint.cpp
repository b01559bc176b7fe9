// Paints a scaling layout: nothing is decided here but colours.

#include "ui/projector/projector_scaling.hpp"
#include "ui/widgets/text_log.hpp"
#include "ui/widgets/theme.hpp"

#include <algorithm>
#include <imgui.h>

namespace cpc::ui::projector {

void paintScaling(ImDrawList* draw, float x0, float y0, const ScalingLayout& layout,
                  const std::vector<float>& sizes, const FontFor& font, const Palette& colours,
                  TextLog* log) {
    auto ink = [&](Ink i) {
        switch (i) {
        case Ink::Muted:
            return colours.muted;
        case Ink::Faint:
            return colours.rule;
        case Ink::Text:
            break;
        }
        return colours.text;
    };
    for (const Stroke& s : layout.strokes)
        draw->AddLine({x0 + s.x0, y0 + s.y0}, {x0 + s.x1, y0 + s.y1}, ink(s.ink), s.thickness);
    for (const Pointer& p : layout.pointers) {
        const float h = p.size, w = p.size * 0.6f;
        draw->AddTriangleFilled({x0 + p.x, y0 + p.y}, {x0 + p.x + w, y0 + p.y + h},
                                {x0 + p.x - w, y0 + p.y + h}, ink(p.ink));
    }
    const float thin = std::max(1.5f, layout.size * 0.06f);
    for (const Dot& d : layout.dots) {
        ImVec2 at{x0 + d.x, y0 + d.y};
        if (d.filled)
            draw->AddCircleFilled(at, d.radius, ink(d.ink), 32);
        else
            draw->AddCircle(at, d.radius, ink(d.ink), 24, thin);
        // Standing apart: an outline round the mark, besides the words.
        if (d.ring > 0) draw->AddCircle(at, d.ring, ink(d.ink), 40, layout.size * 0.09f);
    }
    for (const Glyphs& t : layout.texts) {
        const float size = sizes[static_cast<std::size_t>(t.step)];
        // Centred in its line box, as on the other pages.
        const float y = y0 + t.y + size * (Metrics::lineSpacing - 1) * 0.5f;
        draw->AddText(font(t.face, t.step), size, {x0 + t.x, y}, ink(t.ink), t.text.data(),
                      t.text.data() + t.text.size());
        if (log && !t.whole.empty()) log->lines.push_back(t.whole);
    }
}

} // namespace cpc::ui::projector
