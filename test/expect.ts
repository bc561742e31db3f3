// Jest's standalone `expect` for node:test, taking an optional message like vitest's
// `expect(value, message)`: the message is prefixed to a failure.
import { expect as base } from 'expect';

function expectWithMessage<T>(actual: T, message?: string): ReturnType<typeof base<T>> {
  const matchers = base(actual);
  if (message === undefined) return matchers;
  return new Proxy(matchers, {
    get(target, prop, receiver) {
      const value: unknown = Reflect.get(target, prop, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        try {
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        } catch (e) {
          if (e instanceof Error) e.message = `${message}\n${e.message}`;
          throw e;
        }
      };
    },
  });
}

export const expect = Object.assign(expectWithMessage, base);
