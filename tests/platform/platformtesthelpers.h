#pragma once

#include "core/foundation/result.h"

#include <QElapsedTimer>
#include <QTest>

#include <functional>
#include <optional>

namespace montaj::test {

// Collects one asynchronous Result<T> and waits for it while the event loop runs.
template<typename T>
struct Waiter
{
    std::optional<Result<T>> result;
    int calls = 0;

    std::function<void(Result<T>)> callback()
    {
        return [this](Result<T> r) {
            ++calls;
            result = std::move(r);
        };
    }
    bool wait(int timeoutMs = 10000)
    {
        QElapsedTimer clock;
        clock.start();
        while (!result && clock.elapsed() < timeoutMs)
            QTest::qWait(5);
        return result.has_value();
    }
    const Result<T> &operator*() const { return *result; }
    const Result<T> *operator->() const { return &*result; }
};

} // namespace montaj::test
