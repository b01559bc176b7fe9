#pragma once
// The command line of INTERCHANGE.md: import, export, list, and the options
// that open the window. Streams are parameters so tests can read what a person sees.

#include <iosfwd>

namespace cpc::app {

// Exit status: 0 done; 1 bad input or a file problem (one line on `err`
// saying what and where); 2 the command line itself was wrong.
int runCommandLine(int argc, const char* const* argv, std::ostream& out, std::ostream& err);

} // namespace cpc::app
