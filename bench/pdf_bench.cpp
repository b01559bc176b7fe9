// How long each PDF document takes, for the conferences S, L and XL
// (conference_sizes.hpp). Prints one line per figure, "pdf.VARIANT SIZE ms",
// the mean of --rounds runs, for scripts/bench; with --out FOLDER it also
// writes the files, to look at them.
#include "conference_sizes.hpp"
#include "documents/pdf.hpp"
#include "domain/names.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <random>
#include <string>
#include <vector>

namespace {

using namespace cpc;
using Clock = std::chrono::steady_clock;

struct Timing {
    double best = 1e9, total = 0;
    std::size_t bytes = 0;
};

Timing measure(const Conference& c, pdf::Options o, int rounds, const std::string& out) {
    Timing t;
    for (int i = 0; i < rounds; ++i) {
        auto start = Clock::now();
        std::string bytes = pdf::render(c, o);
        double ms = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
        t.best = std::min(t.best, ms);
        t.total += ms;
        t.bytes = bytes.size();
        if (i == 0 && !out.empty()) std::ofstream(out, std::ios::binary) << bytes;
    }
    return t;
}

} // namespace

int main(int argc, char** argv) {
    std::string folder;
    int rounds = 5;
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        if (a == "--out" && i + 1 < argc)
            folder = argv[++i];
        else if (a == "--rounds" && i + 1 < argc)
            rounds = std::max(1, std::atoi(argv[++i]));
        else {
            std::fprintf(stderr, "usage: bench_pdf [--out FOLDER] [--rounds N]\n");
            return 2;
        }
    }
    pdf::Options o;
    o.fontDir = CPC_FONT_DIR;
    o.produced =
        DateTime{std::chrono::local_days{
                     Date{std::chrono::year{2026}, std::chrono::December, std::chrono::day{3}}} +
                 std::chrono::hours{14} + std::chrono::minutes{30}};
    for (bench::Size size : bench::sizes) {
        const Conference conf = bench::conferenceOf(size);
        const std::string name = bench::name(size);
        double sum = 0;
        for (auto v : {DocumentKind::Full, DocumentKind::Parents, DocumentKind::Plan,
                       DocumentKind::Child, DocumentKind::Letter}) {
            o.document = v;
            const std::string word(token(v));
            std::string out = folder.empty() ? "" : folder + "/" + name + "-" + word + ".pdf";
            Timing t = measure(conf, o, rounds, out);
            sum += t.total / rounds;
            std::printf("pdf.%s %s %.2f\n", word.c_str(), name.c_str(), t.total / rounds);
        }
        std::printf("pdf.all %s %.2f\n", name.c_str(), sum);
        std::fflush(stdout);
    }
    return 0;
}
