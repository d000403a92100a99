# The layers and what each may include: the one table the build and the layer check both read.
# `sd_layer(TARGET LAYER)` gives a library its include path: a folder of links to the layers it may see
# (its own and those below it), so `#include "storage/database.h"` does not compile in ui or cli.
# Where the platform cannot make links (Windows without developer mode), the target falls back to src/
# and `cmake/check_layers.cmake` (the `layers` test) still catches a forbidden include.
set(SD_LAYERS_core     core)
set(SD_LAYERS_storage  storage core)
set(SD_LAYERS_io       io core)
set(SD_LAYERS_services services storage io core)
set(SD_LAYERS_models   models services storage core)
set(SD_LAYERS_ui       ui models services io core)
set(SD_LAYERS_cli      cli services io core)
set(SD_LAYERS_app      app ui services core)
set(SD_LAYER_NAMES core storage io services models ui cli app)

function(sd_layer target layer)
  set(facade ${CMAKE_BINARY_DIR}/layers/${layer})
  set(linked TRUE)
  file(MAKE_DIRECTORY ${facade})
  foreach(allowed IN LISTS SD_LAYERS_${layer})
    if(NOT EXISTS ${facade}/${allowed})
      file(CREATE_LINK ${CMAKE_SOURCE_DIR}/src/${allowed} ${facade}/${allowed} RESULT made SYMBOLIC)
      if(NOT made EQUAL 0)
        set(linked FALSE)
      endif()
    endif()
  endforeach()
  if(linked)
    target_include_directories(${target} PRIVATE ${facade})
  else()
    message(STATUS "${target}: no links possible here; layers are checked by the layers test only")
    target_include_directories(${target} PRIVATE ${CMAKE_SOURCE_DIR}/src)
  endif()
endfunction()
