// `cpcboard export ID --format pdf` end to end: the real program, a real
// database, the file read back with poppler.
#include <catch2/catch.hpp>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <string>
#include <sys/stat.h>
#include <sys/wait.h>

namespace fs = std::filesystem;

namespace {

struct Folder {
    fs::path path;
    Folder() {
        path = fs::temp_directory_path() /
               ("cpcboard-pdf-cli-" + std::to_string(std::random_device{}()));
        fs::create_directories(path);
    }
    ~Folder() { fs::remove_all(path); }
    fs::path operator/(const std::string& name) const { return path / name; }
};

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

std::string q(const fs::path& p) {
    return "'" + p.string() + "'";
}

struct Run {
    int status = -1;
    std::string out, err;
};

// `env` is put before the program: "CPC_FONT_DIR=/x".
Run cpcboard(const Folder& f, const std::string& args, const std::string& env = "") {
    std::string cmd = env + " '" + std::string(CPCBOARD_EXE) + "' " + args + " >" +
                      q(f / "stdout") + " 2>" + q(f / "stderr");
    int raw = std::system(cmd.c_str());
    return {WIFEXITED(raw) ? WEXITSTATUS(raw) : -1, slurp(f / "stdout"), slurp(f / "stderr")};
}

// pdftotext's reading of the file, white space made single spaces; status too.
std::pair<int, std::string> pdfText(const fs::path& file, const std::string& password = "") {
    std::string cmd = "pdftotext " + (password.empty() ? "" : "-upw " + password + " ") + q(file) +
                      " - 2>/dev/null";
    FILE* pipe = ::popen(cmd.c_str(), "r");
    std::string raw;
    char buf[4096];
    std::size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, pipe)) > 0)
        raw.append(buf, n);
    int status = ::pclose(pipe);
    std::string flat;
    bool space = false;
    for (char c : raw) {
        if (std::isspace(static_cast<unsigned char>(c))) {
            space = !flat.empty();
            continue;
        }
        if (space) flat += ' ';
        space = false;
        flat += c;
    }
    return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, flat};
}

bool oneLine(const std::string& s) {
    return !s.empty() && s.back() == '\n' && s.find('\n') == s.size() - 1;
}

// A database holding the sample conference; its id.
std::string imported(const Folder& f) {
    auto r = cpcboard(f, "import " + q(fs::path(CPC_SOURCE_DIR) / "assets/sample-conference.json") +
                             " --db " + q(f / "cp.db"));
    REQUIRE(r.status == 0);
    return r.out.substr(0, r.out.find('\n'));
}

} // namespace

TEST_CASE("export --format pdf writes each variant, readable, for the user alone", "[cli][pdf]") {
    Folder f;
    std::string id = imported(f);
    for (std::string variant : {"full", "parents", "plan", "child", "letter"}) {
        INFO(variant);
        fs::path out = f / (variant + ".pdf");
        auto r = cpcboard(f, "export " + id + " --format pdf --variant " + variant + " -o " +
                                 q(out) + " --db " + q(f / "cp.db"));
        CHECK(r.status == 0);
        CHECK(r.err.empty());
        REQUIRE(fs::exists(out));
        CHECK(slurp(out).rfind("%PDF-", 0) == 0);
        CHECK((fs::status(out).permissions() & fs::perms::all) ==
              (fs::perms::owner_read | fs::perms::owner_write));
        auto [status, text] = pdfText(out);
        CHECK(status == 0);
        CHECK(text.find("OFFICIAL-SENSITIVE") != std::string::npos);
        CHECK(text.find("Page 1 of") != std::string::npos);
        CHECK(text.find("Zoë") != std::string::npos);
        bool confidential = text.find("police intelligence") != std::string::npos;
        CHECK(confidential == (variant == "full"));
    }
}

TEST_CASE("export --format pdf without --variant writes the full record, '-' to standard output",
          "[cli][pdf]") {
    Folder f;
    std::string id = imported(f);
    auto r = cpcboard(f, "export " + id + " --format pdf -o - --db " + q(f / "cp.db"));
    CHECK(r.status == 0);
    REQUIRE(r.out.rfind("%PDF-", 0) == 0);
    std::ofstream(f / "piped.pdf", std::ios::binary) << r.out;
    auto [status, text] = pdfText(f / "piped.pdf");
    CHECK(status == 0);
    CHECK(text.find("1. Purpose of the conference") != std::string::npos);
}

TEST_CASE("export --password locks the PDF", "[cli][pdf]") {
    Folder f;
    std::string id = imported(f);
    fs::path out = f / "locked.pdf";
    REQUIRE(cpcboard(f, "export " + id +
                            " --format pdf --variant letter --password 'Fenwick 14' -o " + q(out) +
                            " --db " + q(f / "cp.db"))
                .status == 0);
    CHECK(pdfText(out).first != 0);
    auto [status, text] = pdfText(out, "'Fenwick 14'");
    CHECK(status == 0);
    CHECK(text.find("Dear Danielle Nowak") != std::string::npos);
}

TEST_CASE("a missing font, a password or a variant on JSON: one line, no file", "[cli][pdf]") {
    Folder f;
    std::string id = imported(f);
    fs::create_directories(f / "nofonts");
    auto db = " --db " + q(f / "cp.db");

    auto noFonts = cpcboard(f, "export " + id + " --format pdf -o " + q(f / "x.pdf") + db,
                            "CPC_FONT_DIR=" + q(f / "nofonts"));
    CHECK(noFonts.status == 1);
    CHECK(oneLine(noFonts.err));
    CHECK(noFonts.err.find("NotoSans-Regular.ttf") != std::string::npos);
    CHECK_FALSE(fs::exists(f / "x.pdf"));

    auto jsonPassword =
        cpcboard(f, "export " + id + " --format json --password x -o " + q(f / "x.json") + db);
    CHECK(jsonPassword.status == 1);
    CHECK(oneLine(jsonPassword.err));
    auto jsonVariant =
        cpcboard(f, "export " + id + " --format json --variant plan -o " + q(f / "x.json") + db);
    CHECK(jsonVariant.status == 1);
    CHECK(oneLine(jsonVariant.err));
    CHECK_FALSE(fs::exists(f / "x.json"));

    auto badVariant =
        cpcboard(f, "export " + id + " --format pdf --variant poster -o " + q(f / "x.pdf") + db);
    CHECK(badVariant.status == 2);
    CHECK(oneLine(badVariant.err));

    auto noConference = cpcboard(f, "export k99 --format pdf -o " + q(f / "x.pdf") + db);
    CHECK(noConference.status == 1);
    CHECK_FALSE(fs::exists(f / "x.pdf"));
}
