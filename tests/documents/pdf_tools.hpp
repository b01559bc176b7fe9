#pragma once
// For the PDF tests: render into a fresh folder and ask poppler and qpdf
// about the file, as a reader's tools would see it.
#include "documents/pdf.hpp"
#include "support/sample.hpp"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <sstream>
#include <string>
#include <sys/wait.h>
#include <vector>

namespace cpc::test {

namespace fs = std::filesystem;

struct PdfFolder {
    fs::path path;
    PdfFolder() {
        path =
            fs::temp_directory_path() / ("cpcboard-pdf-" + std::to_string(std::random_device{}()));
        fs::create_directories(path);
    }
    ~PdfFolder() {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
    PdfFolder(const PdfFolder&) = delete;
    PdfFolder& operator=(const PdfFolder&) = delete;

    // Writes the bytes to NAME in the folder; returns the path, shell-quoted.
    std::string put(const std::string& name, const std::string& bytes) const {
        std::ofstream(path / name, std::ios::binary) << bytes;
        return "'" + (path / name).string() + "'";
    }
};

inline DateTime producedAt() {
    return *parseDateTime("2026-12-03T14:30");
}

inline pdf::Options optionsFor(DocumentKind v) {
    pdf::Options o;
    o.document = v;
    o.fontDir = fs::path(CPC_BINARY_DIR) / "fonts";
    o.produced = producedAt();
    return o;
}

struct Tool {
    int status = -1;
    std::string out;
};

// Runs a shell command; its standard output, and its exit status. Standard
// error is dropped: the tests that care about it use runWithErrors.
inline Tool run(const std::string& command) {
    Tool t;
    FILE* pipe = ::popen((command + " 2>/dev/null").c_str(), "r");
    if (!pipe) return t;
    char buf[4096];
    std::size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, pipe)) > 0)
        t.out.append(buf, n);
    int raw = ::pclose(pipe);
    t.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
    return t;
}

struct Said {
    int status = -1;
    std::string out;
    std::string err;
};

// Runs a shell command and keeps its standard error too, through a file in the
// folder: a reader's tool that complains about the file says so there.
inline Said runWithErrors(const PdfFolder& f, const std::string& command) {
    auto errFile = f.path / "stderr.txt";
    // Braces, so that run's own redirection of standard error does not override this one.
    Tool t = run("{ " + command + " 2>'" + errFile.string() + "'; }");
    return {t.status, t.out, fileText(errFile)};
}

// The text as pdftotext reads it, every run of white space made one space,
// so that a phrase wrapped over two lines is still found.
inline std::string flatten(const std::string& text) {
    std::string out;
    bool space = false;
    for (char c : text) {
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') {
            space = true;
            continue;
        }
        if (space && !out.empty()) out += ' ';
        space = false;
        out += c;
    }
    return out;
}

inline std::string pdfText(const PdfFolder& f, const std::string& bytes,
                           const std::string& name = "doc.pdf") {
    auto file = f.put(name, bytes);
    return flatten(run("pdftotext " + file + " -").out);
}

// The rows of pdffonts: name and whether embedded.
struct FontRow {
    std::string name;
    bool embedded = false;
};

inline std::vector<FontRow> pdfFonts(const PdfFolder& f, const std::string& bytes) {
    auto file = f.put("fonts.pdf", bytes);
    std::istringstream lines(run("pdffonts " + file).out);
    std::vector<FontRow> out;
    std::string line;
    bool table = false;
    while (std::getline(lines, line)) {
        if (line.rfind("---", 0) == 0) {
            table = true;
            continue;
        }
        if (!table || line.empty()) continue;
        std::istringstream words(line);
        std::vector<std::string> w{std::istream_iterator<std::string>(words), {}};
        // name type... encoding emb sub uni object-number generation
        if (w.size() < 6) continue;
        out.push_back({w.front(), w[w.size() - 5] == "yes"});
    }
    return out;
}

inline bool contains(const std::string& haystack, const std::string& needle) {
    return haystack.find(needle) != std::string::npos;
}

} // namespace cpc::test

namespace cpc::test {

// The text of each page, flattened, in page order (pdftotext ends pages with a form feed).
inline std::vector<std::string> pdfPages(const PdfFolder& f, const std::string& bytes) {
    auto file = f.put("pages.pdf", bytes);
    std::string raw = run("pdftotext " + file + " -").out;
    std::vector<std::string> out;
    std::size_t start = 0, ff;
    while ((ff = raw.find('\f', start)) != std::string::npos) {
        out.push_back(flatten(raw.substr(start, ff - start)));
        start = ff + 1;
    }
    return out;
}

} // namespace cpc::test
