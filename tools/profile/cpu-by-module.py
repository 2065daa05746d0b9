#!/usr/bin/env python3
"""Where a .NET process spends its CPU, from a dotnet-trace sample in Speedscope format.

    dotnet-trace collect -p <pid> --profile dotnet-sampled-thread-time --duration 00:00:00:30 --format Speedscope -o intake.nettrace
    python3 tools/profile/cpu-by-module.py intake.speedscope.json

dotnet-sampled-thread-time samples every thread about 100 times a second; a sample whose leaf is CPU_TIME ran managed
code. Samples parked in a wait (thread pool, socket loop, locks) are left out, so the shares are of the CPU the
process spent in managed code: by library (the innermost frame outside the base library), by method (exclusive), and
by the project's own methods (inclusive).
"""
import collections
import json
import re
import sys

WAITS = ('LowLevelLifoSemaphore', 'WorkerThreadStart', 'PollGCWorker', '?!?', 'Monitor.Wait', 'Monitor.Enter_Slowpath',
         'WaitOneNoCheck', 'WaitHandle', 'TryDequeue', 'EventLoop()', 'Thread (', 'CollectWorker', 'PollForValues', 'Thread.Sleep')


def main(path, top=15):
    trace = json.load(open(path))
    frames = [frame['name'] for frame in trace['shared']['frames']]
    by_library, exclusive, inclusive = collections.Counter(), collections.Counter(), collections.Counter()
    total = 0.0
    for profile in trace['profiles']:
        stack, last = [], None
        for event in profile['events']:
            if last is not None and len(stack) > 1 and frames[stack[-1]] == 'CPU_TIME':
                names = [frames[f] for f in stack[:-1]]
                if not any(wait in names[-1] for wait in WAITS):
                    spent = event['at'] - last
                    total += spent
                    exclusive[names[-1]] += spent
                    for name in set(names):
                        inclusive[name] += spent
                    modules = [m.group(1) for m in (re.match(r'([A-Za-z0-9_.]+)!', n) for n in reversed(names)) if m]
                    by_library[next((m for m in modules if m != 'System.Private.CoreLib'), 'runtime')] += spent
            last = event['at']
            if event['type'] == 'O':
                stack.append(event['frame'])
            else:
                stack.pop()
    print(f'{total:.0f} ms of managed CPU sampled')
    for title, counter, keep in (('by library', by_library, lambda k: True), ('by method (exclusive)', exclusive, lambda k: True),
                                 ('OneStop methods (inclusive)', inclusive, lambda k: k.startswith('OneStop'))):
        print(f'-- {title}')
        for name, spent in [item for item in counter.most_common() if keep(item[0])][:top]:
            print(f'{spent / total:6.1%}  {name[:150]}')


if __name__ == '__main__':
    main(sys.argv[1], *(int(a) for a in sys.argv[2:3]))
