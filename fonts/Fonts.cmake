# Finds the fonts named in fonts/README.md in the system's font packages and
# copies them into ${CMAKE_BINARY_DIR}/fonts at configure time.
set(CPC_FONT_DIR ${CMAKE_BINARY_DIR}/fonts)
file(MAKE_DIRECTORY ${CPC_FONT_DIR})
set(_font_search /usr/share/fonts/truetype/noto /usr/share/fonts/truetype/dejavu
                 /usr/share/fonts/opentype/opendyslexic /usr/share/fonts)
foreach(font NotoSans-Regular.ttf NotoSans-Bold.ttf DejaVuSans.ttf DejaVuSans-Bold.ttf
             OpenDyslexic-Regular.otf OpenDyslexic-Bold.otf)
  string(MAKE_C_IDENTIFIER ${font} _var)
  find_file(FONT_${_var} ${font} PATHS ${_font_search} NO_DEFAULT_PATH NO_CMAKE_FIND_ROOT_PATH)
  if(NOT FONT_${_var})
    message(FATAL_ERROR "Font ${font} not found: install fonts-noto-core, fonts-dejavu-core "
                        "and fonts-opendyslexic (scripts/setup does)")
  endif()
  configure_file(${FONT_${_var}} ${CPC_FONT_DIR}/${font} COPYONLY)
endforeach()
