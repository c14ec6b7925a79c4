import { GatewayError } from '../../src/app/hostGateway';
import { gatewayCodeFor, mapOfficeErrors, toGatewayError } from '../../src/excel/officeErrors';

describe('Office error mapping', () => {
  test.each([
    ['AccessDenied', 'protected'],
    ['InvalidOperationInCellEditMode', 'cell-edit-mode'],
    ['ItemNotFound', 'not-found'],
    ['ItemAlreadyExists', 'already-exists'],
    ['InvalidArgument', 'invalid-argument'],
    ['MergedRangeConflict', 'merge-conflict'],
    ['RequestPayloadSizeLimitExceeded', 'too-large'],
    ['ResponsePayloadSizeLimitExceeded', 'too-large'],
    ['ApiNotFound', 'unsupported'],
    ['NotImplemented', 'unsupported'],
    ['GeneralException', 'unknown'],
    ['SomethingNew', 'unknown'],
  ])('%s → %s', (office, gateway) => {
    expect(gatewayCodeFor(office)).toBe(gateway);
    const e = toGatewayError({ code: office, message: '本地化消息', debugInfo: {} });
    expect(e).toBeInstanceOf(GatewayError);
    expect(e.code).toBe(gateway);
    expect(e.message).not.toContain('本地化');
  });

  test('non-Office errors are unknown; GatewayErrors pass through', () => {
    expect(toGatewayError(new TypeError('x is undefined')).code).toBe('unknown');
    expect(toGatewayError('a string').code).toBe('unknown');
    const g = new GatewayError('sheet-changed');
    expect(toGatewayError(g)).toBe(g);
  });

  test('mapOfficeErrors rethrows as GatewayError', async () => {
    await expect(mapOfficeErrors(async () => Promise.reject({ code: 'AccessDenied' }))).rejects.toMatchObject({ code: 'protected' });
    await expect(mapOfficeErrors(async () => 5)).resolves.toBe(5);
  });
});
