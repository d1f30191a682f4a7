import { ACCEPTED_EVIDENCE, fold, matchClaim, saysFree } from '../../src/rules/claim-lexicon.js';

describe('claim lexicon', () => {
  it('folds case and accents', () => {
    expect(fold('Sin LÍMITES, Gratuíto')).toBe('sin limites, gratuito');
  });

  it.each([
    ['unlimited', 'unlimited use'],
    ['No limits!', 'unlimited use'],
    ['without limits', 'unlimited use'],
    ['API gratis ilimitada', 'unlimited use'],
    ['generación ilimitado', 'unlimited use'],
    ['SIN LÍMITES', 'unlimited use'],
    ['uptime guaranteed', 'guaranteed uptime'],
    ['Uptime garantizado', 'guaranteed uptime'],
    ['failures not charged', 'uncharged failures'],
    ['fallos sin cargo', 'uncharged failures'],
    ['never blocked', 'never blocked'],
    ['sin bloqueos', 'never blocked'],
    ['free forever', 'free forever'],
    ['gratis para siempre', 'free forever'],
  ])('%j promises %s', (text, promise) => {
    expect(matchClaim(text)?.promise).toBe(promise);
  });

  it('asks the strongest proof when a text makes several promises', () => {
    expect(matchClaim('free forever and unlimited')?.strength).toBe('contract');
    expect(matchClaim('free forever')?.strength).toBe('documented');
    expect(ACCEPTED_EVIDENCE.contract).toEqual(['contract']);
    expect(ACCEPTED_EVIDENCE.documented).toEqual(['contract', 'terms', 'dashboard']);
  });

  it.each(['limited beta', 'unlimitedly', 'sin limitaciones', 'guaranteed delivery'])('%j promises nothing', (text) => {
    expect(matchClaim(text)).toBeUndefined();
  });

  it.each(['free', 'Free trial', 'GRATIS', 'gratuito', 'Gratuíta', 'sin costo', 'free-to-try'])('%j says free', (text) => {
    expect(saysFree(text)).toBe(true);
  });

  it.each(['freedom', 'freestyle', 'gratisimo', 'costo bajo'])('%j does not say free', (text) => {
    expect(saysFree(text)).toBe(false);
  });
});
