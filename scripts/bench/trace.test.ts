import { describe, expect, it } from 'vitest';
import {
  analyseInteraction,
  GPU,
  groupOf,
  IDLE,
  packageOfSource,
  type FrameResolver,
} from './trace';

/**
 * A click traced in a renderer (pid 2): input at 1 000 µs, its handlers 1 500–41 500 (a task with
 * a layout and a wait for the GPU process inside), the frame presented at 101 000.
 */
const meta = (pid: number, tid: number, name: string) => ({
  name: 'thread_name',
  ph: 'M',
  cat: '__metadata',
  pid,
  tid,
  ts: 0,
  args: { name },
});
const slice = (name: string, ts: number, dur: number) => ({
  name,
  ph: 'X',
  cat: 'devtools.timeline',
  pid: 2,
  tid: 2,
  ts,
  dur,
  args: {},
});
const CLICK = [
  meta(1, 1, 'CrBrowserMain'),
  meta(2, 2, 'CrRendererMain'),
  {
    name: 'TracingStartedInBrowser',
    ph: 'I',
    cat: 'disabled-by-default-devtools.timeline',
    pid: 1,
    tid: 1,
    ts: 0,
    args: {
      data: {
        frames: [
          {
            frame: 'F',
            processId: 2,
            url: 'http://127.0.0.1/',
            isOutermostMainFrame: true,
            isInPrimaryMainFrame: true,
          },
        ],
      },
    },
  },
  slice('RunTask', 1_500, 40_000),
  slice('EventDispatch', 1_500, 40_000),
  slice('Layout', 10_000, 6_000),
  slice('CommandBufferProxyImpl::WaitForGetOffset', 20_000, 10_000),
  ...(['b', 'e'] as const).map((ph) => ({
    name: 'EventTiming',
    ph,
    cat: 'devtools.timeline',
    id: '0x1',
    pid: 2,
    tid: 2,
    ts: ph === 'b' ? 1_000 : 101_000,
    args:
      ph === 'b'
        ? {
            data: {
              type: 'click',
              interactionId: 7,
              frame: 'F',
              duration: 100,
              timeStamp: 1,
              processingStart: 1.5,
              processingEnd: 41.5,
            },
          }
        : {},
  })),
];
const none: FrameResolver = () => null;

describe('one traced click, read by the DevTools trace engine', () => {
  it('has its input delay, processing and presentation', async () => {
    const click = await analyseInteraction(CLICK, none);
    expect(click.durationMs).toBeCloseTo(100);
    expect(click.inputDelayMs).toBeCloseTo(0.5);
    expect(click.processingMs).toBeCloseTo(40);
    expect(click.presentationMs).toBeCloseTo(59.5);
  });

  it('splits the main thread by group over the click, the rest idle', async () => {
    const { mainThread } = await analyseInteraction(CLICK, none);
    expect(mainThread.windowMs).toBeCloseTo(100);
    expect(mainThread.groups['Style & Layout']).toBeCloseTo(6);
    expect(mainThread.groups[GPU]).toBeCloseTo(10);
    // RunTask's own time is nil: the dispatch fills it; the dispatch keeps what its children leave.
    expect(mainThread.groups['Script Evaluation']).toBeCloseTo(24);
    expect(mainThread.groups[IDLE]).toBeCloseTo(60);
  });
});

describe('names', () => {
  it('give an event the group of the nearest named event on its chain', () => {
    expect(groupOf(['ProfileCall', 'FunctionCall', 'RunTask'])).toBe('Script Evaluation');
    expect(groupOf(['GLES2Implementation::GetProgramiv', 'FunctionCall'])).toBe(GPU);
    expect(groupOf(['UpdateLayoutTree'])).toBe('Style & Layout');
    expect(groupOf(['Something::New', 'MinorGC'])).toBe('Garbage Collection');
    expect(groupOf(['Something::New'])).toBe('Other');
  });

  it('give a source its package, or its folder of our own code', () => {
    expect(packageOfSource('../../node_modules/react-dom/cjs/x.js')).toBe('react-dom');
    expect(packageOfSource('../../node_modules/@tanstack/query-core/build/x.js')).toBe(
      '@tanstack/query-core',
    );
    expect(packageOfSource('../../src/map/layers.ts')).toBe('src/map');
    expect(packageOfSource('../../src/main.tsx')).toBe('src/main.tsx');
    expect(packageOfSource('../../bench/baseline.ts')).toBe('bench/baseline.ts');
  });
});
