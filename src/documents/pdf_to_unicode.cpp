#include "documents/pdf_to_unicode.hpp"

#include "documents/pdf.hpp"

#include <algorithm>
#include <cstdio>
#include <hpdf_objects.h>
#include <hpdf_streams.h>
#include <string>
#include <vector>

namespace cpc::pdf {
namespace {

std::string buildIdentity() {
    // libharu's UTF-8 encoder turns each character of the Basic Multilingual
    // Plane into its 16-bit value, and the font's encoding is Identity-H, so the
    // code on the page is the character. One map for every code, rather than one
    // from the characters a document happens to use, keeps this independent of
    // drawing: nothing to collect, nothing to miss.
    std::string out = "/CIDInit /ProcSet findresource begin\n"
                      "12 dict begin\n"
                      "begincmap\n"
                      "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                      "/CMapName /Adobe-Identity-UCS def\n"
                      "/CMapType 2 def\n"
                      "1 begincodespacerange\n"
                      "<0000> <FFFF>\n"
                      "endcodespacerange\n";
    // A bfrange may vary only in its last byte, so one range per high byte; the
    // surrogates are left out: no character is drawn as one, and a lone
    // surrogate is not text. At most 100 entries per block, as CMaps require.
    std::vector<unsigned> rows;
    for (unsigned high = 0; high <= 0xFF; ++high)
        if (high < 0xD8 || high > 0xDF) rows.push_back(high);
    for (std::size_t start = 0; start < rows.size(); start += 100) {
        std::size_t end = std::min(rows.size(), start + 100);
        out += std::to_string(end - start) + " beginbfrange\n";
        char line[32];
        for (std::size_t i = start; i < end; ++i) {
            std::snprintf(line, sizeof line, "<%02X00> <%02XFF> <%02X00>\n", rows[i], rows[i],
                          rows[i]);
            out += line;
        }
        out += "endbfrange\n";
    }
    out += "endcmap\n"
           "CMapName currentdict /CMap defineresource pop\n"
           "end\n"
           "end\n";
    return out;
}

void check(HPDF_STATUS status) {
    // libharu has usually called the error handler, which throws, already.
    if (status != HPDF_OK) throw Error("PDF library: cannot write the font's ToUnicode map");
}

} // namespace

std::string_view identityToUnicode() {
    static const std::string text = buildIdentity();
    return text;
}

void fixToUnicode(HPDF_Font font) {
    auto cmap = static_cast<HPDF_Dict>(HPDF_Dict_GetItem(font, "ToUnicode", HPDF_OCLASS_DICT));
    // A libharu that writes no map of its own leaves nothing to mend.
    if (!cmap || !cmap->stream) return;
    HPDF_MemStream_FreeData(cmap->stream);
    std::string_view text = identityToUnicode();
    check(HPDF_Stream_Write(cmap->stream, reinterpret_cast<const HPDF_BYTE*>(text.data()),
                            static_cast<HPDF_UINT>(text.size())));
    // The stream's dictionary still names libharu's encoding CMap; make it say
    // what the stream now holds. HPDF_Dict_Add replaces an existing key.
    check(HPDF_Dict_AddName(cmap, "CMapName", "Adobe-Identity-UCS"));
    HPDF_Dict info = HPDF_Dict_New(cmap->mmgr);
    if (!info) check(HPDF_FAILD_TO_ALLOC_MEM);
    check(HPDF_Dict_Add(cmap, "CIDSystemInfo", info));
    check(HPDF_Dict_Add(info, "Registry", HPDF_String_New(cmap->mmgr, "Adobe", nullptr)));
    check(HPDF_Dict_Add(info, "Ordering", HPDF_String_New(cmap->mmgr, "UCS", nullptr)));
    check(HPDF_Dict_AddNumber(info, "Supplement", 0));
    // WMode belongs to encoding CMaps; a ToUnicode map has no writing mode.
    HPDF_Dict_RemoveElement(cmap, "WMode");
}

} // namespace cpc::pdf
