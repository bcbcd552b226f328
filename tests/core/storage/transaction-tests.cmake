# Units of work: several repository writes as one transaction, and what a killed process leaves.
plandesk_add_test(TestUnitOfWork SOURCES storage/TestUnitOfWork.cpp storage/StorageTestSupport.h)
# The process TestCrashSafety kills over and over in the middle of adding the sample plan.
qt_add_executable(CrashSafetyChild storage/CrashSafetyChild.cpp)
target_link_libraries(CrashSafetyChild PRIVATE plandesk_core)
plandesk_add_test(TestCrashSafety SOURCES storage/TestCrashSafety.cpp)
add_dependencies(TestCrashSafety CrashSafetyChild)
target_compile_definitions(TestCrashSafety PRIVATE CRASH_SAFETY_CHILD="$<TARGET_FILE:CrashSafetyChild>")
