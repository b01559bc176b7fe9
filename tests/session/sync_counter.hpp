#pragma once
// Counts the syncs SQLite asks of the disk: an SQLite VFS wrapped around the
// default one, made the default while a SyncCounter lives, forwarding every
// call and counting xSync. What a power cut can take is what was written
// since the last sync, so the tests count them.

#include <sqlite3.h>

struct SyncCounter {
    static inline int syncs = 0;

    SyncCounter() {
        real_ = sqlite3_vfs_find(nullptr);
        vfs_ = *real_;
        vfs_.zName = "cpc-sync-counter";
        vfs_.szOsFile = static_cast<int>(sizeof(File)) + real_->szOsFile;
        vfs_.pAppData = real_;
        vfs_.xOpen = open;
        sqlite3_vfs_register(&vfs_, 1);
        syncs = 0;
    }
    ~SyncCounter() {
        sqlite3_vfs_unregister(&vfs_);
        sqlite3_vfs_register(real_, 1);
    }
    SyncCounter(const SyncCounter&) = delete;
    SyncCounter& operator=(const SyncCounter&) = delete;

  private:
    struct File {
        sqlite3_file base;
        sqlite3_file* real; // follows this struct in the same allocation
    };
    static sqlite3_file* real(sqlite3_file* f) { return reinterpret_cast<File*>(f)->real; }

    static int open(sqlite3_vfs* vfs, const char* name, sqlite3_file* file, int flags,
                    int* outFlags) {
        auto* wrapped = reinterpret_cast<File*>(file);
        wrapped->real = reinterpret_cast<sqlite3_file*>(wrapped + 1);
        auto* under = static_cast<sqlite3_vfs*>(vfs->pAppData);
        int rc = under->xOpen(under, name, wrapped->real, flags, outFlags);
        wrapped->base.pMethods = rc == SQLITE_OK && wrapped->real->pMethods ? &methods : nullptr;
        return rc;
    }

    static int close(sqlite3_file* f) { return real(f)->pMethods->xClose(real(f)); }
    static int read(sqlite3_file* f, void* p, int n, sqlite3_int64 at) {
        return real(f)->pMethods->xRead(real(f), p, n, at);
    }
    static int write(sqlite3_file* f, const void* p, int n, sqlite3_int64 at) {
        return real(f)->pMethods->xWrite(real(f), p, n, at);
    }
    static int truncate(sqlite3_file* f, sqlite3_int64 size) {
        return real(f)->pMethods->xTruncate(real(f), size);
    }
    static int sync(sqlite3_file* f, int flags) {
        ++syncs;
        return real(f)->pMethods->xSync(real(f), flags);
    }
    static int fileSize(sqlite3_file* f, sqlite3_int64* size) {
        return real(f)->pMethods->xFileSize(real(f), size);
    }
    static int lock(sqlite3_file* f, int level) { return real(f)->pMethods->xLock(real(f), level); }
    static int unlock(sqlite3_file* f, int level) {
        return real(f)->pMethods->xUnlock(real(f), level);
    }
    static int checkReservedLock(sqlite3_file* f, int* out) {
        return real(f)->pMethods->xCheckReservedLock(real(f), out);
    }
    static int fileControl(sqlite3_file* f, int op, void* arg) {
        return real(f)->pMethods->xFileControl(real(f), op, arg);
    }
    static int sectorSize(sqlite3_file* f) { return real(f)->pMethods->xSectorSize(real(f)); }
    static int deviceCharacteristics(sqlite3_file* f) {
        return real(f)->pMethods->xDeviceCharacteristics(real(f));
    }
    static int shmMap(sqlite3_file* f, int region, int size, int extend, void volatile** p) {
        return real(f)->pMethods->xShmMap(real(f), region, size, extend, p);
    }
    static int shmLock(sqlite3_file* f, int offset, int n, int flags) {
        return real(f)->pMethods->xShmLock(real(f), offset, n, flags);
    }
    static void shmBarrier(sqlite3_file* f) { real(f)->pMethods->xShmBarrier(real(f)); }
    static int shmUnmap(sqlite3_file* f, int deleteFlag) {
        return real(f)->pMethods->xShmUnmap(real(f), deleteFlag);
    }
    static int fetch(sqlite3_file* f, sqlite3_int64 at, int n, void** p) {
        return real(f)->pMethods->xFetch(real(f), at, n, p);
    }
    static int unfetch(sqlite3_file* f, sqlite3_int64 at, void* p) {
        return real(f)->pMethods->xUnfetch(real(f), at, p);
    }

    static inline const sqlite3_io_methods methods = {3,
                                                      close,
                                                      read,
                                                      write,
                                                      truncate,
                                                      sync,
                                                      fileSize,
                                                      lock,
                                                      unlock,
                                                      checkReservedLock,
                                                      fileControl,
                                                      sectorSize,
                                                      deviceCharacteristics,
                                                      shmMap,
                                                      shmLock,
                                                      shmBarrier,
                                                      shmUnmap,
                                                      fetch,
                                                      unfetch};

    sqlite3_vfs* real_ = nullptr;
    sqlite3_vfs vfs_{};
};
