# libharu (libhpdf) ships neither a CMake config nor a pkg-config file.
# Provides the imported target Haru::hpdf.
find_path(HARU_INCLUDE_DIR NAMES hpdf.h)
find_library(HARU_LIBRARY NAMES hpdf libhpdf hpdfs)

include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(Haru REQUIRED_VARS HARU_LIBRARY HARU_INCLUDE_DIR)

if(Haru_FOUND AND NOT TARGET Haru::hpdf)
  add_library(Haru::hpdf UNKNOWN IMPORTED)
  set_target_properties(Haru::hpdf PROPERTIES IMPORTED_LOCATION "${HARU_LIBRARY}"
                                              INTERFACE_INCLUDE_DIRECTORIES "${HARU_INCLUDE_DIR}")
endif()
mark_as_advanced(HARU_INCLUDE_DIR HARU_LIBRARY)
