# Desktop integration and a .deb via CPack (`cpack -G DEB` in the build folder).
include(GNUInstallDirs)
install(FILES ${CMAKE_SOURCE_DIR}/packaging/tracemark-cli.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
if(TRACEMARK_GUI)
  install(FILES ${CMAKE_SOURCE_DIR}/packaging/tracemark.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
  install(FILES ${CMAKE_SOURCE_DIR}/packaging/io.github.tracemark.Tracemark.metainfo.xml
          DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
  if(EXISTS ${CMAKE_SOURCE_DIR}/resources/tracemark.svg)
    install(FILES ${CMAKE_SOURCE_DIR}/resources/tracemark.svg
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
  endif()
endif()

set(CPACK_PACKAGE_NAME tracemark)
set(CPACK_PACKAGE_VENDOR "Tracemark developers")
set(CPACK_PACKAGE_CONTACT "Tracemark developers")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Not a link dependency (LibTorch reaches BLAS through libblas.so.3) but 2.4x faster training.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libopenblas0-pthread")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_GENERATOR DEB)
include(CPack)
