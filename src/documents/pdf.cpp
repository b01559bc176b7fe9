// Drawing: the laid-out pages into a PDF with libharu, fonts embedded,
// optionally encrypted, returned as bytes.
#include "documents/pdf.hpp"

#include "documents/content.hpp"
#include "documents/layout.hpp"
#include "documents/pdf_fonts.hpp"
#include "domain/documents.hpp"

#include <hpdf.h>
#include <memory>

namespace cpc::pdf {
namespace {

struct FreeDoc {
    void operator()(HPDF_Doc d) const { HPDF_Free(d); }
};
using DocPtr = std::unique_ptr<std::remove_pointer_t<HPDF_Doc>, FreeDoc>;

HPDF_REAL real(double v) {
    return static_cast<HPDF_REAL>(v);
}

void drawPage(HPDF_Doc doc, const Page& p, const Fonts& fonts, const Geometry& g) {
    HPDF_Page page = HPDF_AddPage(doc);
    HPDF_Page_SetWidth(page, real(g.width));
    HPDF_Page_SetHeight(page, real(g.height));
    // The layout measures from the top of the page; PDF from the bottom.
    auto up = [&](double y) { return real(g.height - y); };

    for (const auto& b : p.boxes) {
        HPDF_Page_SetRGBFill(page, real(b.colour.r), real(b.colour.g), real(b.colour.b));
        HPDF_Page_Rectangle(page, real(b.x), up(b.y + b.height), real(b.width), real(b.height));
        HPDF_Page_Fill(page);
    }
    for (const auto& r : p.rules) {
        HPDF_Page_SetRGBStroke(page, real(r.colour.r), real(r.colour.g), real(r.colour.b));
        HPDF_Page_SetLineWidth(page, real(r.thickness));
        HPDF_Page_MoveTo(page, real(r.x1), up(r.y1));
        HPDF_Page_LineTo(page, real(r.x2), up(r.y2));
        HPDF_Page_Stroke(page);
    }

    HPDF_Page_BeginText(page);
    HPDF_Font currentFont = nullptr;
    double currentSize = 0;
    Colour currentColour{-1, -1, -1};
    for (const auto& t : p.text) {
        if (t.colour != currentColour) {
            HPDF_Page_SetRGBFill(page, real(t.colour.r), real(t.colour.g), real(t.colour.b));
            currentColour = t.colour;
        }
        double x = t.x;
        for (const auto& run : fonts.runs(t.text, t.face, t.size)) {
            if (run.font != currentFont || t.size != currentSize) {
                HPDF_Page_SetFontAndSize(page, run.font, real(t.size));
                currentFont = run.font;
                currentSize = t.size;
            }
            HPDF_Page_TextOut(page, real(x), up(t.baseline), run.text.c_str());
            x += run.width;
        }
    }
    HPDF_Page_EndText(page);
}

HPDF_Date pdfDate(DateTime t) {
    Date d = dateOf(t);
    auto minutes = std::chrono::duration_cast<std::chrono::minutes>(
                       t - std::chrono::floor<std::chrono::days>(t))
                       .count();
    HPDF_Date out{};
    out.year = static_cast<int>(d.year());
    out.month = static_cast<int>(static_cast<unsigned>(d.month()));
    out.day = static_cast<int>(static_cast<unsigned>(d.day()));
    out.hour = static_cast<int>(minutes / 60);
    out.minutes = static_cast<int>(minutes % 60);
    out.ind = ' '; // the room's clock has no time zone
    return out;
}

std::string bytesOf(HPDF_Doc doc) {
    HPDF_SaveToStream(doc);
    std::string out(HPDF_GetStreamSize(doc), '\0');
    std::size_t done = 0;
    while (done < out.size()) {
        HPDF_UINT32 n = static_cast<HPDF_UINT32>(out.size() - done);
        HPDF_STATUS status =
            HPDF_ReadFromStream(doc, reinterpret_cast<HPDF_BYTE*>(out.data() + done), &n);
        done += n;
        if (status == HPDF_STREAM_EOF || n == 0) break;
    }
    out.resize(done);
    return out;
}

} // namespace

std::string render(const Conference& c, const Options& options) {
    DocPtr owner(HPDF_New(throwHaruError, nullptr));
    if (!owner) throw Error("PDF library: out of memory");
    HPDF_Doc doc = owner.get();
    HPDF_SetCompressionMode(doc, HPDF_COMP_ALL);
    HPDF_UseUTFEncodings(doc);
    HPDF_SetCurrentEncoder(doc, "UTF-8");

    Fonts fonts(doc, options.fontDir);
    Geometry geometry;
    for (const auto& page : layout(content(c, options), fonts, geometry))
        drawPage(doc, page, fonts, geometry);

    // Names stay out of the metadata: file managers show it without opening the file.
    HPDF_SetInfoAttr(doc, HPDF_INFO_TITLE, std::string(factsOf(options.document).title).c_str());
    HPDF_SetInfoAttr(doc, HPDF_INFO_CREATOR, "cpcboard");
    HPDF_SetInfoDateAttr(doc, HPDF_INFO_CREATION_DATE, pdfDate(options.produced));

    if (!options.password.empty()) {
        // The owner password only has to differ from the user's; anyone with the
        // user password can read the file anyway. RC4 (all libharu offers) is
        // weak: this keeps out a casual reader, not a determined one.
        std::string ownerPassword = options.password + "\x1f"
                                                       "cpcboard-owner";
        HPDF_SetPassword(doc, ownerPassword.c_str(), options.password.c_str());
        HPDF_SetEncryptionMode(doc, HPDF_ENCRYPT_R3, 16);
        // Reading, printing, copying, and extraction for screen readers (bit 10,
        // which libharu has no name for); no editing.
        constexpr HPDF_UINT accessibility = 1u << 9, printWell = 1u << 11;
        HPDF_SetPermission(doc, HPDF_ENABLE_READ | HPDF_ENABLE_PRINT | HPDF_ENABLE_COPY |
                                    accessibility | printWell);
    }
    return bytesOf(doc);
}

} // namespace cpc::pdf
