#include "app/cli.hpp"
#include "app/gui.hpp"
#include "app/render.hpp"
#include "platform/os.hpp"

#include <iostream>

// The program owns what it links: the command line, and the windows it is given.
int main(int argc, char** argv) {
    cpc::os::useStartingConsole();
    std::vector<std::string> args = cpc::os::arguments(argc, argv);
    std::vector<char*> pointers;
    for (auto& a : args)
        pointers.push_back(a.data());
    pointers.push_back(nullptr);
    return cpc::app::runCommandLine(static_cast<int>(args.size()), pointers.data(), std::cout,
                                    std::cerr,
                                    {.gui = cpc::app::runGui, .render = cpc::app::render});
}
