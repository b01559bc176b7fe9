#pragma once
// A disk that fills up, for tests: while a FullDisk is alive, SQLite's default
// file system lets through `room` more bytes of writes and then fails every
// write with SQLITE_FULL, as a real full disk does. Reads and everything else
// go to the real file system, so what was written before is really there.
#include <cstddef>
#include <cstring>
#include <limits>
#include <sqlite3.h>
#include <stdexcept>

namespace full_disk {

inline sqlite3_vfs* real = nullptr;
inline long long room = std::numeric_limits<long long>::max();

struct File {
    sqlite3_file base;
    sqlite3_file* real; // allocated just after this struct
};

inline sqlite3_file* of(sqlite3_file* f) {
    return reinterpret_cast<File*>(f)->real;
}

inline int write(sqlite3_file* f, const void* data, int n, sqlite3_int64 at) {
    if (n > room) {
        room = 0;
        return SQLITE_FULL;
    }
    room -= n;
    return of(f)->pMethods->xWrite(of(f), data, n, at);
}

inline int truncate(sqlite3_file* f, sqlite3_int64 size) {
    return of(f)->pMethods->xTruncate(of(f), size);
}

inline int close(sqlite3_file* f) {
    return of(f)->pMethods->xClose(of(f));
}

// Every method but xWrite passes straight through.
#define FULL_DISK_PASS(name, ret, params, args)                                                    \
    inline ret name params {                                                                       \
        return of(f)->pMethods->name args;                                                         \
    }
FULL_DISK_PASS(xRead, int, (sqlite3_file * f, void* d, int n, sqlite3_int64 at), (of(f), d, n, at))
FULL_DISK_PASS(xSync, int, (sqlite3_file * f, int flags), (of(f), flags))
FULL_DISK_PASS(xFileSize, int, (sqlite3_file * f, sqlite3_int64* size), (of(f), size))
FULL_DISK_PASS(xLock, int, (sqlite3_file * f, int l), (of(f), l))
FULL_DISK_PASS(xUnlock, int, (sqlite3_file * f, int l), (of(f), l))
FULL_DISK_PASS(xCheckReservedLock, int, (sqlite3_file * f, int* out), (of(f), out))
FULL_DISK_PASS(xFileControl, int, (sqlite3_file * f, int op, void* arg), (of(f), op, arg))
FULL_DISK_PASS(xSectorSize, int, (sqlite3_file * f), (of(f)))
FULL_DISK_PASS(xDeviceCharacteristics, int, (sqlite3_file * f), (of(f)))
FULL_DISK_PASS(xShmMap, int, (sqlite3_file * f, int i, int size, int extend, void volatile** p),
               (of(f), i, size, extend, p))
FULL_DISK_PASS(xShmLock, int, (sqlite3_file * f, int at, int n, int flags), (of(f), at, n, flags))
FULL_DISK_PASS(xShmUnmap, int, (sqlite3_file * f, int del), (of(f), del))
FULL_DISK_PASS(xFetch, int, (sqlite3_file * f, sqlite3_int64 at, int n, void** p),
               (of(f), at, n, p))
FULL_DISK_PASS(xUnfetch, int, (sqlite3_file * f, sqlite3_int64 at, void* p), (of(f), at, p))
#undef FULL_DISK_PASS
inline void xShmBarrier(sqlite3_file* f) {
    of(f)->pMethods->xShmBarrier(of(f));
}

inline const sqlite3_io_methods methods{3,
                                        close,
                                        xRead,
                                        write,
                                        truncate,
                                        xSync,
                                        xFileSize,
                                        xLock,
                                        xUnlock,
                                        xCheckReservedLock,
                                        xFileControl,
                                        xSectorSize,
                                        xDeviceCharacteristics,
                                        xShmMap,
                                        xShmLock,
                                        xShmBarrier,
                                        xShmUnmap,
                                        xFetch,
                                        xUnfetch};

inline int open(sqlite3_vfs* vfs, const char* name, sqlite3_file* f, int flags, int* outFlags) {
    auto* file = reinterpret_cast<File*>(f);
    file->real = reinterpret_cast<sqlite3_file*>(file + 1);
    int rc = real->xOpen(real, name, file->real, flags, outFlags);
    file->base.pMethods = rc == SQLITE_OK ? &methods : nullptr;
    (void)vfs;
    return rc;
}

inline sqlite3_vfs vfs{};

class FullDisk {
  public:
    explicit FullDisk(long long bytes) {
        if (!real) {
            real = sqlite3_vfs_find(nullptr);
            vfs = *real;
            vfs.zName = "cpc-full-disk";
            vfs.szOsFile = static_cast<int>(sizeof(File)) + real->szOsFile;
            vfs.xOpen = open;
        }
        room = bytes;
        if (sqlite3_vfs_register(&vfs, 1) != SQLITE_OK)
            throw std::runtime_error("cannot register the full-disk VFS");
    }
    ~FullDisk() {
        sqlite3_vfs_register(real, 1);
        sqlite3_vfs_unregister(&vfs);
        room = std::numeric_limits<long long>::max();
    }
    FullDisk(const FullDisk&) = delete;
    FullDisk& operator=(const FullDisk&) = delete;
    // Frees space: from now on `bytes` more can be written.
    void makeRoom(long long bytes) { room = bytes; }
};

} // namespace full_disk
