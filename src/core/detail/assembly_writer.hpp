#pragma once

#include <cdk/core/cloud_assembly.hpp>
#include <condition_variable>
#include <deque>
#include <filesystem>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <thread>

#include "core/detail/assembly_directory.hpp"

namespace cdk::detail {

/// Writes an assembly atomically: every file goes to a sibling temporary directory first, which
/// then replaces the old one, so a failure leaves the old assembly whole.
///
/// Files are written on a second thread as synthesis hands them over, while it renders the
/// next stacks: on a 2-core machine the file system's work (creating 3,000 files for 1,000
/// stacks) then overlaps the rendering instead of following it.
class AssemblyWriter {
 public:
  explicit AssemblyWriter(const std::string& directory);
  /// Without finish() (synthesis failed), stops and removes the temporary directory.
  ~AssemblyWriter();
  AssemblyWriter(const AssemblyWriter&) = delete;
  AssemblyWriter& operator=(const AssemblyWriter&) = delete;

  /// Queues a file. It must stay alive and unchanged until close() or finish() returns.
  void write(const AssemblyFile& file);
  /// Waits until every queued file is written (or writing failed) and ends the writing thread:
  /// one wait, where waiting for an empty queue and then ending the thread would be two. Only
  /// finish() (or the destructor) may follow: a file queued after close() is never written.
  void close();
  /// Drops what is queued and stops writing (synthesis failed); the destructor cleans up.
  void cancel() noexcept;
  /// Writes what is still queued and the staged assets, then puts the new assembly in place.
  /// Throws SynthesisError if anything could not be written.
  void finish(const CloudAssembly& assembly);

 private:
  void start();
  void run();
  void stop() noexcept;
  [[noreturn]] void fail(const std::filesystem::filesystem_error& error);
  /// Removes the temporary directory and throws SynthesisError with `problem` and `fix`.
  [[noreturn]] void fail(std::string_view problem, std::string_view fix);

  AssemblyDirectory directory_;
  bool had_previous_ = false;  // the target held an assembly when writing started
  std::mutex mutex_;
  std::condition_variable work_ready_;
  std::deque<const AssemblyFile*> queue_;
  bool closing_ = false;
  std::optional<std::filesystem::filesystem_error> error_;
  std::thread worker_;
  bool started_ = false;   // the temporary directory may exist
  bool finished_ = false;  // finish() has run: nothing left to clean up
};

/// Writes a whole assembly at once (an assembly synthesized earlier without being written).
void write_assembly(const CloudAssembly& assembly);

}  // namespace cdk::detail
