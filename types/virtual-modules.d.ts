declare module 'virtual:backstory-model' {
  import type { PackedModel } from '~/lib/model/packed-model';
  const model: PackedModel;
  export default model;
}
declare module 'virtual:backstory-dataset' {
  import type { Dataset } from '~/lib/dataset/types';
  const dataset: Dataset;
  export default dataset;
}
