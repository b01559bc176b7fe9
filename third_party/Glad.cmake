# glad 2 from the system's python3-glad, generated at build time. --reproducible
# keeps the output byte-identical and the generator offline. It must be the
# system Python: a pyenv or venv interpreter does not see Debian's glad module.
set(GLAD_PYTHON /usr/bin/python3 CACHE FILEPATH "Python that has Debian's glad module")
set(GLAD_DIR ${CMAKE_BINARY_DIR}/glad)
add_custom_command(
  OUTPUT ${GLAD_DIR}/src/gl.c ${GLAD_DIR}/include/glad/gl.h
  COMMAND ${GLAD_PYTHON} -m glad --quiet --reproducible --api gl:core=3.3 --out-path ${GLAD_DIR} c
  COMMENT "Generating the OpenGL 3.3 core loader with glad"
  VERBATIM)
add_library(cpc_glad STATIC ${GLAD_DIR}/src/gl.c)
target_include_directories(cpc_glad SYSTEM PUBLIC ${GLAD_DIR}/include)
target_link_libraries(cpc_glad PUBLIC OpenGL::GL ${CMAKE_DL_LIBS})
add_library(cpc::glad ALIAS cpc_glad)
