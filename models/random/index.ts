export { RandomStream } from './randomStream';
export { ExponentialSampler, EmpiricalSampler, FixedSampler, LognormalSampler, PoissonSampler, samplerFor, standardNormal, type Sampler } from './samplers';
