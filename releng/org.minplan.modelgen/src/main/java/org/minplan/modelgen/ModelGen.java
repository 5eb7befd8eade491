package org.minplan.modelgen;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenClassGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenEnumGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenPackageGeneratorAdapter;
import org.eclipse.emf.codegen.merge.java.JControlModel;
import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

/**
 * Regenerates the EMF model and edit code of one {@code .genmodel} without Eclipse: what "Generate Model
 * Code" and "Generate Edit Code" do in the IDE, minus JDT merging and formatting.
 *
 * <p>Workspace paths in the genmodel ({@code /org.minplan.model/src-gen}) are mapped to
 * {@code <root>/bundles/org.minplan.model/src-gen}. The model and edit directories are deleted and written
 * afresh, so no merging is ever needed. Everything else EMF writes (plugin.xml, plugin.properties,
 * MANIFEST.MF, build.properties, icons) goes to a staging folder, never into the bundles, and the tool
 * reports what the bundles lack of it.
 *
 * <p>Exit codes: 0 generated, 1 the genmodel has problems or generation failed, 2 wrong command line,
 * 3 a file or folder is missing or not writable.
 */
public final class ModelGen {

  private static final String UTF_8 = "UTF-8";

  private final Path root;
  private final Path bundles;
  private final Path staging;

  private ModelGen(Path root, Path staging) {
    this.root = root;
    this.bundles = root.resolve("bundles");
    this.staging = staging;
  }

  public static void main(String[] args) {
    if (args.length != 1 || args[0] == null || args[0].isBlank()) {
      System.err.println("usage: ModelGen <path/to/model.genmodel>   (Maven: -Dgenmodel=<path>)");
      System.exit(2);
    }
    Path genmodel = Path.of(args[0]).toAbsolutePath().normalize();
    if (!Files.isRegularFile(genmodel)) {
      System.err.println("modelgen: no such file: " + genmodel);
      System.exit(3);
    }
    String rootProperty = System.getProperty("modelgen.root");
    Path root = rootProperty != null ? Path.of(rootProperty).toAbsolutePath().normalize() : findRoot(genmodel);
    if (root == null) {
      System.err.println("modelgen: no folder above " + genmodel + " has a bundles/ folder; set -Dmodelgen.root");
      System.exit(3);
    }
    Path staging = Path.of(System.getProperty("modelgen.staging", root.resolve("target/modelgen").toString()))
        .toAbsolutePath().normalize();
    try {
      System.exit(new ModelGen(root, staging).generate(genmodel));
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(1);
    } catch (IOException | UncheckedIOException e) {
      System.err.println("modelgen: " + e);
      System.exit(3);
    }
  }

  /** The repository root: the nearest folder above the genmodel that has a {@code bundles/} folder. */
  private static Path findRoot(Path genmodel) {
    for (Path dir = genmodel.getParent(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("bundles"))) {
        return dir;
      }
    }
    return null;
  }

  private int generate(Path genmodelFile) throws IOException {
    // 1. Load the genmodel (and through it the .ecore and any used genmodels) and check it as the IDE does.
    ResourceSet models = new ResourceSetImpl();
    models.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
    models.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", new EcoreResourceFactoryImpl());
    models.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
    models.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
    Map<URI, URI> uriMap = models.getURIConverter().getURIMap();
    uriMap.put(URI.createURI("platform:/resource/"), folderURI(bundles));
    mapPlatformPlugins(uriMap);

    URI genmodelURI = genmodelFile.startsWith(bundles)
        ? URI.createPlatformResourceURI(bundles.relativize(genmodelFile).toString().replace('\\', '/'), true)
        : URI.createFileURI(genmodelFile.toString());
    Resource resource = models.getResource(genmodelURI, true);
    if (!resource.getErrors().isEmpty() || resource.getContents().isEmpty()
        || !(resource.getContents().get(0) instanceof GenModel genModel)) {
      System.err.println("modelgen: " + genmodelFile + " is not a readable genmodel: " + resource.getErrors());
      return 1;
    }
    EcoreUtil.resolveAll(models);
    for (Resource loaded : models.getResources()) {
      if (!loaded.isLoaded() || !loaded.getErrors().isEmpty()) {
        System.err.println("modelgen: cannot load " + loaded.getURI() + " " + loaded.getErrors());
        return 1;
      }
    }
    // As the IDE's genmodel editor does on opening: follow the .ecore (new classifiers and features get
    // generator settings, entries for removed ones are dropped). The genmodel file itself is not saved.
    genModel.reconcile();
    if (genModel.getGenPackages().isEmpty()) {
      System.err.println("modelgen: " + genmodelFile + " has no package to generate");
      return 1;
    }
    genModel.setCanGenerate(true);
    genModel.setUpdateClasspath(false);
    Diagnostic problems = genModel.diagnose();
    if (problems.getSeverity() == Diagnostic.ERROR) {
      print(problems, "");
      return 1;
    }

    // 2. Empty the generated-code folders: fresh output needs no JMerger (and so no JDT).
    Path modelDir = toFolder(genModel.getModelDirectory());
    Path editDir = toFolder(genModel.getEditDirectory());
    for (Path dir : List.of(modelDir, editDir)) {
      if (!Files.isDirectory(dir.getParent())) {
        System.err.println("modelgen: " + dir.getParent() + " does not exist: create the bundle first");
        return 3;
      }
      deleteTree(dir);
    }
    deleteTree(staging);

    // 3. Generate. Writes to platform:/resource/... go through the output resource set's URI map:
    //    the two code folders to the bundles, everything else to the staging folder.
    ResourceSet output = new ResourceSetImpl();
    Map<URI, URI> outputMap = output.getURIConverter().getURIMap();
    outputMap.put(URI.createURI("platform:/resource/"), folderURI(staging));
    outputMap.put(platformFolderURI(genModel.getModelDirectory()), folderURI(modelDir));
    outputMap.put(platformFolderURI(genModel.getEditDirectory()), folderURI(editDir));

    Generator generator = new Generator() {
      // EMF's own merge control sets up a JDT merger and reads JDT's formatter options (JDT and
      // org.eclipse.core.runtime are not on the class path). The output folders are empty, so there is
      // nothing to merge: a control model without a facade helper cannot merge, and EMF writes its
      // templates' output as it is, with the one change the IDE makes under JDT's default settings:
      // braces at the end of the line.
      private final JControlModel noMerging = new JControlModel();
      {
        noMerging.setConvertToStandardBraceStyle(true);
      }

      @Override
      public JControlModel getJControlModel() {
        return noMerging;
      }
    };
    generator.getAdapterFactoryDescriptorRegistry().addDescriptor(GenModelPackage.eNS_URI, () -> new Adapters(output));
    generator.setInput(genModel);
    for (String projectType : List.of(GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE)) {
      Diagnostic result = generator.generate(genModel, projectType, new BasicMonitor());
      if (result.getSeverity() == Diagnostic.ERROR) {
        print(result, "");
        return 1;
      }
    }

    // 4. Report.
    System.out.println("modelgen: " + root.relativize(genmodelFile));
    System.out.println("  model code: " + count(modelDir) + " files in " + root.relativize(modelDir));
    System.out.println("  edit code:  " + count(editDir) + " files in " + root.relativize(editDir));
    reportStaged(genModel);
    return 0;
  }

  /** {@code /org.minplan.model/src-gen} → {@code <root>/bundles/org.minplan.model/src-gen}, refusing anything else. */
  private Path toFolder(String workspacePath) {
    URI uri = URI.createURI(workspacePath);
    Path dir = bundles.resolve(workspacePath.replaceFirst("^/", "")).normalize();
    if (uri.segmentCount() < 2 || !dir.startsWith(bundles) || !dir.getFileName().toString().endsWith("gen")) {
      // The folder is deleted before generating: only a dedicated generated-code folder qualifies.
      throw new IllegalArgumentException("modelgen: the genmodel's code folder " + workspacePath
          + " must be a folder inside a bundle whose name ends in 'gen' (such as /<bundle>/src-gen)");
    }
    return dir;
  }

  private static URI platformFolderURI(String workspacePath) {
    return URI.createPlatformResourceURI(workspacePath.replaceFirst("/*$", "/"), true);
  }

  private static URI folderURI(Path dir) {
    return URI.createFileURI(dir.toString()).appendSegment("");
  }

  /**
   * Maps {@code platform:/plugin/<bundle>/} to the jars on the class path, so that genmodels referring
   * to EMF's own (such as {@code platform:/plugin/org.eclipse.emf.ecore/model/Ecore.genmodel}) resolve.
   */
  private static void mapPlatformPlugins(Map<URI, URI> uriMap) throws IOException {
    String manifestPath = "META-INF/MANIFEST.MF";
    Enumeration<URL> manifests = ModelGen.class.getClassLoader().getResources(manifestPath);
    while (manifests.hasMoreElements()) {
      URL url = manifests.nextElement();
      String location = url.toString();
      if (!location.startsWith("jar:")) {
        continue;
      }
      try (InputStream in = url.openStream()) {
        String bundle = new Manifest(in).getMainAttributes().getValue("Bundle-SymbolicName");
        if (bundle != null) {
          String jarRoot = location.substring("jar:".length(), location.length() - manifestPath.length());
          uriMap.put(URI.createPlatformPluginURI(bundle.split(";")[0].trim() + "/", true), URI.createURI("archive:" + jarRoot));
        }
      }
    }
  }

  /**
   * Says what EMF wanted to write besides code and what of it the bundles lack: keys of its
   * plugin.properties (item providers look up their labels there), classes its plugin.xml registers
   * (the generated package, the item provider adapter factory) and icons (item providers load them).
   */
  private void reportStaged(GenModel genModel) throws IOException {
    if (!Files.isDirectory(staging)) {
      return;
    }
    Path here = Path.of("").toAbsolutePath();
    System.out.println("  not written to the bundles: " + count(staging) + " files, in "
        + (staging.startsWith(here) ? here.relativize(staging) : staging));
    String[][] projects = {
        { genModel.getModelProjectDirectory(), genModel.getModelBundleLocalization() },
        { genModel.getEditProjectDirectory(), genModel.getEditBundleLocalization() } };
    for (String[] project : projects) {
      String name = project[0].replaceFirst("^/", "");
      Path generated = staging.resolve(name);
      Path bundle = bundles.resolve(name);
      String properties = project[1] + ".properties";
      if (Files.isRegularFile(generated.resolve(properties))) {
        TreeSet<String> missing = new TreeSet<>(keys(generated.resolve(properties)));
        missing.removeAll(keys(bundle.resolve(properties)));
        missing.removeAll(List.of("pluginName", "providerName")); // only EMF's MANIFEST.MF uses these
        lacks(name + "/" + properties, "keys", missing);
      }
      if (Files.isRegularFile(generated.resolve("plugin.xml"))) {
        String extensions = Files.readString(generated.resolve("plugin.xml")).replaceFirst("(?s)^.*?(?=<extension)", "");
        Matcher registered = Pattern.compile("class=\"([^\"]+)\"").matcher(extensions);
        String handWritten = Files.isRegularFile(bundle.resolve("plugin.xml")) ? Files.readString(bundle.resolve("plugin.xml")) : "";
        TreeSet<String> missing = new TreeSet<>();
        while (registered.find()) {
          if (!handWritten.contains(registered.group(1))) {
            missing.add(registered.group(1));
          }
        }
        lacks(name + "/plugin.xml", "registrations", missing);
      }
      if (Files.isDirectory(generated.resolve("icons"))) {
        try (Stream<Path> files = Files.walk(generated.resolve("icons"))) {
          lacks(name, "icons", files.filter(Files::isRegularFile).map(generated::relativize)
              .filter(icon -> !Files.exists(bundle.resolve(icon))).map(Path::toString)
              .collect(Collectors.toCollection(TreeSet::new)));
        }
      }
    }
  }

  private static void lacks(String file, String what, TreeSet<String> missing) {
    if (!missing.isEmpty()) {
      System.out.println("  bundles/" + file + " lacks " + what + " that EMF generates (" + missing.size() + "): "
          + String.join(", ", missing));
    }
  }

  private static Set<String> keys(Path propertiesFile) throws IOException {
    Properties properties = new Properties();
    if (Files.isRegularFile(propertiesFile)) {
      try (InputStream in = Files.newInputStream(propertiesFile)) {
        properties.load(in);
      }
    }
    return properties.stringPropertyNames();
  }

  private static long count(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return 0;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).count();
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
        Files.delete(path);
      }
    }
  }

  private static void print(Diagnostic diagnostic, String indent) {
    System.err.println(indent + diagnostic.getMessage());
    for (Diagnostic child : diagnostic.getChildren()) {
      print(child, indent + "  ");
    }
  }

  /**
   * EMF's generator adapters, changed in two ways: all output goes through the given resource set's
   * URI converter (EMF would use the genmodel's), and Java files are written in UTF-8 (stand-alone, EMF
   * uses the JVM's default charset, which is ASCII under a POSIX locale on Java 17).
   */
  private static final class Adapters extends GenModelGeneratorAdapterFactory {
    private final ResourceSet output;

    Adapters(ResourceSet output) {
      this.output = output;
    }

    @Override
    public void initialize(Object input) {
      super.initialize(input);
      generator.getOptions().resourceSet = output;
    }

    @Override
    public Adapter createGenModelAdapter() {
      if (genModelGeneratorAdapter == null) {
        genModelGeneratorAdapter = new GenModelGeneratorAdapter(this) {
          @Override
          protected String getEncoding(URI workspacePath) {
            return UTF_8;
          }
        };
      }
      return genModelGeneratorAdapter;
    }

    @Override
    public Adapter createGenPackageAdapter() {
      if (genPackageGeneratorAdapter == null) {
        genPackageGeneratorAdapter = new GenPackageGeneratorAdapter(this) {
          @Override
          protected String getEncoding(URI workspacePath) {
            return UTF_8;
          }
        };
      }
      return genPackageGeneratorAdapter;
    }

    @Override
    public Adapter createGenClassAdapter() {
      if (genClassGeneratorAdapter == null) {
        genClassGeneratorAdapter = new GenClassGeneratorAdapter(this) {
          @Override
          protected String getEncoding(URI workspacePath) {
            return UTF_8;
          }
        };
      }
      return genClassGeneratorAdapter;
    }

    @Override
    public Adapter createGenEnumAdapter() {
      if (genEnumGeneratorAdapter == null) {
        genEnumGeneratorAdapter = new GenEnumGeneratorAdapter(this) {
          @Override
          protected String getEncoding(URI workspacePath) {
            return UTF_8;
          }
        };
      }
      return genEnumGeneratorAdapter;
    }
  }
}
