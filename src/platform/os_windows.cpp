// Windows: see os.hpp. Every path goes to the wide ("W") functions, so names
// such as Zoë or Łukasz reach the file system whole.
#include "platform/os.hpp"
#include "platform/paths.hpp"

#include <windows.h>
// after windows.h
#include <aclapi.h>
#include <cstdio>
#include <cstring>
#include <cwchar>
#include <io.h>
#include <iostream>
#include <memory>
#include <random>
#include <shellapi.h>
#include <shlobj.h>
#include <stdexcept>
#include <utility>

namespace cpc::os {
namespace {

std::string narrow(const std::wstring& w) {
    if (w.empty()) return {};
    int n = ::WideCharToMultiByte(CP_UTF8, 0, w.data(), static_cast<int>(w.size()), nullptr, 0,
                                  nullptr, nullptr);
    std::string out(static_cast<std::size_t>(n), '\0');
    ::WideCharToMultiByte(CP_UTF8, 0, w.data(), static_cast<int>(w.size()), out.data(), n, nullptr,
                          nullptr);
    return out;
}

std::string inWords(DWORD code) {
    wchar_t* text = nullptr;
    ::FormatMessageW(FORMAT_MESSAGE_ALLOCATE_BUFFER | FORMAT_MESSAGE_FROM_SYSTEM |
                         FORMAT_MESSAGE_IGNORE_INSERTS,
                     nullptr, code, 0, reinterpret_cast<wchar_t*>(&text), 0, nullptr);
    std::wstring w = text ? text : L"";
    if (text) ::LocalFree(text);
    while (!w.empty() && (w.back() == L'\n' || w.back() == L'\r' || w.back() == L'.'))
        w.pop_back();
    return w.empty() ? "error " + std::to_string(code) : narrow(w);
}

[[noreturn]] void cannotWrite(const fs::path& path, const std::string& why) {
    throw std::runtime_error(utf8(path) + ": cannot write (" + why + ")");
}

struct Handle {
    HANDLE h = INVALID_HANDLE_VALUE;
    ~Handle() {
        if (h != INVALID_HANDLE_VALUE && h != nullptr) ::CloseHandle(h);
    }
};

// The user this process runs as, as a SID copied out of the process token.
const std::vector<unsigned char>& userSid() {
    static const std::vector<unsigned char> sid = [] {
        Handle token;
        std::vector<unsigned char> out;
        if (!::OpenProcessToken(::GetCurrentProcess(), TOKEN_QUERY, &token.h)) return out;
        DWORD size = 0;
        ::GetTokenInformation(token.h, TokenUser, nullptr, 0, &size);
        std::vector<unsigned char> buffer(size);
        if (!::GetTokenInformation(token.h, TokenUser, buffer.data(), size, &size)) return out;
        PSID user = reinterpret_cast<TOKEN_USER*>(buffer.data())->User.Sid;
        out.resize(::GetLengthSid(user));
        ::CopySid(static_cast<DWORD>(out.size()), out.data(), user);
        return out;
    }();
    return sid;
}

// The local system's own account: Windows itself (and its backup and
// antivirus services) reads every file, whatever its DACL says.
std::vector<unsigned char> systemSid() {
    std::vector<unsigned char> sid(SECURITY_MAX_SID_SIZE);
    DWORD size = static_cast<DWORD>(sid.size());
    if (!::CreateWellKnownSid(WinLocalSystemSid, nullptr, sid.data(), &size)) return {};
    sid.resize(size);
    return sid;
}

// A DACL that lets the user, and no other user, do anything (the system too,
// as above); folders pass it on to what is made inside them. Specific rights,
// not GENERIC_ALL, so the DACL reads back as it was written.
struct PrivateAcl {
    std::vector<unsigned char> bytes;
    explicit PrivateAcl(bool folder) {
        const auto& user = userSid();
        const auto system = systemSid();
        if (user.empty() || system.empty()) return;
        auto* u = const_cast<unsigned char*>(user.data());
        auto* s = const_cast<unsigned char*>(system.data());
        DWORD size =
            sizeof(ACL) + 2 * sizeof(ACCESS_ALLOWED_ACE) + ::GetLengthSid(u) + ::GetLengthSid(s);
        bytes.resize(size);
        PACL acl = get();
        DWORD inherit = folder ? OBJECT_INHERIT_ACE | CONTAINER_INHERIT_ACE : 0;
        if (!::InitializeAcl(acl, size, ACL_REVISION) ||
            !::AddAccessAllowedAceEx(acl, ACL_REVISION, inherit, FILE_ALL_ACCESS, u) ||
            !::AddAccessAllowedAceEx(acl, ACL_REVISION, inherit, FILE_ALL_ACCESS, s))
            bytes.clear();
    }
    PACL get() { return bytes.empty() ? nullptr : reinterpret_cast<PACL>(bytes.data()); }
};

// Security attributes carrying that DACL, for CreateFileW and CreateDirectoryW.
struct PrivateAttributes {
    PrivateAcl acl;
    SECURITY_DESCRIPTOR sd{};
    SECURITY_ATTRIBUTES sa{};
    explicit PrivateAttributes(bool folder) : acl(folder) {
        ::InitializeSecurityDescriptor(&sd, SECURITY_DESCRIPTOR_REVISION);
        ::SetSecurityDescriptorDacl(&sd, TRUE, acl.get(), FALSE);
        ::SetSecurityDescriptorControl(&sd, SE_DACL_PROTECTED, SE_DACL_PROTECTED);
        sa.nLength = sizeof sa;
        sa.lpSecurityDescriptor = acl.get() ? &sd : nullptr;
    }
    SECURITY_ATTRIBUTES* get() { return &sa; }
};

fs::path knownFolder(REFKNOWNFOLDERID id) {
    wchar_t* path = nullptr;
    fs::path out;
    if (SUCCEEDED(::SHGetKnownFolderPath(id, 0, nullptr, &path))) out = path;
    ::CoTaskMemFree(path);
    return out;
}

fs::path localAppData() {
    if (const wchar_t* v = ::_wgetenv(L"LOCALAPPDATA"); v && *v) return v;
    fs::path known = knownFolder(FOLDERID_LocalAppData);
    if (known.empty())
        throw std::runtime_error("cannot find the user's local application data folder");
    return known;
}

} // namespace

std::string environment(const char* name) {
    std::wstring wname(name, name + std::strlen(name));
    const wchar_t* v = ::_wgetenv(wname.c_str());
    return v ? narrow(v) : "";
}

void setEnvironment(const char* name, const std::string& value) {
    std::wstring wname(name, name + std::strlen(name));
    ::_wputenv_s(wname.c_str(), pathFrom(value).c_str());
}

const char* dataFolderVariable() {
    return "LOCALAPPDATA";
}

std::vector<std::string> arguments(int, char**) {
    int count = 0;
    wchar_t** wide = ::CommandLineToArgvW(::GetCommandLineW(), &count);
    std::vector<std::string> out;
    for (int i = 0; i < count; ++i)
        out.push_back(narrow(wide[i]));
    ::LocalFree(wide);
    return out;
}

fs::path dataFolder() {
    fs::path folder = localAppData() / "cpcboard";
    std::error_code ec;
    if (!fs::exists(folder, ec)) makePrivateFolder(folder);
    if (!isPrivate(folder)) makePrivate(folder);
    return folder;
}

fs::path documentsFolder() {
    // Asked once: the console's view names the export folder every frame, and
    // a known folder does not move while the program runs.
    static const fs::path docs = [] {
        fs::path known = knownFolder(FOLDERID_Documents);
        return known.empty() ? fs::temp_directory_path() : known;
    }();
    return docs;
}

fs::path cacheFolder() {
    return localAppData() / "cpcboard" / "cache";
}

fs::path copyFolder() {
    wchar_t drives[512] = {};
    DWORD n = ::GetLogicalDriveStringsW(511, drives);
    for (const wchar_t* d = drives; n && *d; d += std::wcslen(d) + 1)
        if (::GetDriveTypeW(d) == DRIVE_REMOVABLE && mayWrite(d)) return d;
    return documentsFolder();
}

fs::path executable() {
    std::wstring buffer(MAX_PATH, L'\0');
    for (;;) {
        DWORD n = ::GetModuleFileNameW(nullptr, buffer.data(), static_cast<DWORD>(buffer.size()));
        if (n == 0) return {};
        if (n < buffer.size()) return fs::path(buffer.substr(0, n));
        buffer.resize(buffer.size() * 2);
    }
}

fs::path newPrivateFolder(const std::string& stem) {
    std::random_device seed;
    std::mt19937 pick(seed());
    const char letters[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    fs::path base = fs::temp_directory_path();
    for (int attempt = 0; attempt < 100; ++attempt) {
        std::string name = stem + "-";
        for (int i = 0; i < 8; ++i)
            name += letters[pick() % (sizeof letters - 1)];
        if (makePrivateFolder(base / name)) return base / name;
    }
    throw std::runtime_error("cannot make a folder in " + utf8(base));
}

bool makePrivateFolder(const fs::path& folder) {
    PrivateAttributes attributes(true);
    if (::CreateDirectoryW(folder.c_str(), attributes.get())) return true;
    DWORD error = ::GetLastError();
    if (error == ERROR_ALREADY_EXISTS) return false;
    throw std::runtime_error(utf8(folder) + ": cannot make the folder (" + inWords(error) + ")");
}

void makePrivate(const fs::path& folder) {
    PrivateAttributes attributes(true);
    auto* sd = attributes.get()->lpSecurityDescriptor;
    DWORD error = ERROR_INVALID_SID;
    if (sd && ::SetFileSecurityW(folder.c_str(), DACL_SECURITY_INFORMATION, sd))
        error = ERROR_SUCCESS;
    else if (sd)
        error = ::GetLastError();
    if (error != ERROR_SUCCESS)
        throw std::runtime_error(utf8(folder) + ": cannot make the folder private (" +
                                 inWords(error) + ")");
}

bool isPrivate(const fs::path& path) {
    PACL dacl = nullptr;
    PSECURITY_DESCRIPTOR sd = nullptr;
    if (::GetNamedSecurityInfoW(path.c_str(), SE_FILE_OBJECT, DACL_SECURITY_INFORMATION, nullptr,
                                nullptr, &dacl, nullptr, &sd) != ERROR_SUCCESS)
        return false;
    const auto& sid = userSid();
    const auto system = systemSid();
    bool alone = dacl != nullptr && !sid.empty(); // no DACL at all lets everyone in
    for (DWORD i = 0; alone && i < dacl->AceCount; ++i) {
        void* ace = nullptr;
        if (!::GetAce(dacl, i, &ace)) alone = false;
        auto* header = static_cast<ACE_HEADER*>(ace);
        if (alone && header->AceType == ACCESS_ALLOWED_ACE_TYPE) {
            PSID who = &static_cast<ACCESS_ALLOWED_ACE*>(ace)->SidStart;
            alone = ::EqualSid(who, const_cast<unsigned char*>(sid.data())) ||
                    (!system.empty() && ::EqualSid(who, const_cast<unsigned char*>(system.data())));
        }
    }
    ::LocalFree(sd);
    return alone;
}

bool createPrivateFile(const fs::path& file) {
    PrivateAttributes attributes(false);
    Handle h;
    h.h = ::CreateFileW(file.c_str(), GENERIC_WRITE, 0, attributes.get(), CREATE_NEW,
                        FILE_ATTRIBUTE_NORMAL, nullptr);
    return h.h != INVALID_HANDLE_VALUE;
}

bool mayWrite(const fs::path& path) {
    return ::_waccess(path.c_str(), 2) == 0;
}

void writeWhole(const fs::path& path, std::string_view bytes) {
    std::error_code ec;
    if (fs::is_directory(path, ec)) cannotWrite(path, "it is a folder");
    PrivateAttributes attributes(false);
    std::random_device seed;
    fs::path temporary;
    Handle h;
    for (int attempt = 0; attempt < 100 && h.h == INVALID_HANDLE_VALUE; ++attempt) {
        temporary = path;
        temporary += L"." + std::to_wstring(seed() % 1000000) + L".tmp";
        h.h = ::CreateFileW(temporary.c_str(), GENERIC_WRITE, 0, attributes.get(), CREATE_NEW,
                            FILE_ATTRIBUTE_NORMAL, nullptr);
        if (h.h == INVALID_HANDLE_VALUE && ::GetLastError() != ERROR_FILE_EXISTS)
            cannotWrite(path, inWords(::GetLastError()));
    }
    if (h.h == INVALID_HANDLE_VALUE) cannotWrite(path, "no temporary name is free beside it");
    auto fail = [&](DWORD error) {
        ::CloseHandle(std::exchange(h.h, INVALID_HANDLE_VALUE));
        ::DeleteFileW(temporary.c_str());
        cannotWrite(path, inWords(error));
    };
    for (std::size_t done = 0; done < bytes.size();) {
        DWORD chunk = static_cast<DWORD>(std::min<std::size_t>(bytes.size() - done, 1u << 30));
        DWORD written = 0;
        if (!::WriteFile(h.h, bytes.data() + done, chunk, &written, nullptr) || written == 0)
            fail(::GetLastError());
        done += written;
    }
    if (!::FlushFileBuffers(h.h)) fail(::GetLastError());
    ::CloseHandle(std::exchange(h.h, INVALID_HANDLE_VALUE));
    // WRITE_THROUGH: the call returns when the move itself is on the disk.
    if (!::MoveFileExW(temporary.c_str(), path.c_str(),
                       MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH)) {
        DWORD error = ::GetLastError();
        ::DeleteFileW(temporary.c_str());
        cannotWrite(path, inWords(error));
    }
}

bool lockHeld(const fs::path& file, std::uint64_t offset, std::uint64_t length) {
    Handle h;
    h.h = ::CreateFileW(file.c_str(), GENERIC_READ,
                        FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, nullptr,
                        OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, nullptr);
    if (h.h == INVALID_HANDLE_VALUE) return false;
    OVERLAPPED at{};
    at.Offset = static_cast<DWORD>(offset);
    at.OffsetHigh = static_cast<DWORD>(offset >> 32);
    DWORD low = static_cast<DWORD>(length), high = static_cast<DWORD>(length >> 32);
    if (::LockFileEx(h.h, LOCKFILE_EXCLUSIVE_LOCK | LOCKFILE_FAIL_IMMEDIATELY, 0, low, high, &at)) {
        ::UnlockFileEx(h.h, 0, low, high, &at);
        return false;
    }
    return true;
}

std::string nameForFopen(const fs::path& file) {
    auto ansi = [](const std::wstring& w, bool& lossless) {
        BOOL lost = FALSE;
        int n = ::WideCharToMultiByte(CP_ACP, 0, w.c_str(), -1, nullptr, 0, nullptr, &lost);
        std::string out(static_cast<std::size_t>(n > 0 ? n - 1 : 0), '\0');
        ::WideCharToMultiByte(CP_ACP, 0, w.c_str(), -1, out.data(), n, nullptr, &lost);
        lossless = !lost;
        return out;
    };
    bool whole = false;
    std::string name = ansi(file.wstring(), whole);
    if (whole) return name;
    std::wstring shortName(MAX_PATH, L'\0');
    DWORD n = ::GetShortPathNameW(file.c_str(), shortName.data(), MAX_PATH);
    if (n == 0 || n >= MAX_PATH) return name;
    shortName.resize(n);
    std::string fallback = ansi(shortName, whole);
    return whole ? fallback : name;
}

void openInViewer(const fs::path& file) {
    ::ShellExecuteW(nullptr, L"open", file.c_str(), nullptr, nullptr, SW_SHOWNORMAL);
}

std::tm localTime(std::time_t t) {
    std::tm tm{};
    ::localtime_s(&tm, &t);
    return tm;
}

void beforeWindowSystem() {}

void useStartingConsole() {
    // A windowed program has no console of its own; started from one, it
    // writes to that one, unless its output was already sent somewhere.
    auto unset = [](DWORD which) {
        HANDLE h = ::GetStdHandle(which);
        return h == nullptr || h == INVALID_HANDLE_VALUE || ::GetFileType(h) == FILE_TYPE_UNKNOWN;
    };
    bool out = unset(STD_OUTPUT_HANDLE), err = unset(STD_ERROR_HANDLE);
    if ((!out && !err) || !::AttachConsole(ATTACH_PARENT_PROCESS)) return;
    if (out) std::freopen("CONOUT$", "w", stdout);
    if (err) std::freopen("CONOUT$", "w", stderr);
    std::ios::sync_with_stdio(true);
}

} // namespace cpc::os
